/**
 * Share targets for a page. Pure: the component passes the absolute URL and the title.
 * Every value is URL-encoded, so titles with "&", "#" or Vietnamese letters cannot break a link.
 */
export type ShareTarget = 'facebook' | 'zalo' | 'linkedin' | 'x' | 'email';

export interface ShareLink {
  target: ShareTarget;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { target: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { target: 'zalo', href: `https://zalo.me/share?url=${u}` },
    { target: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { target: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { target: 'email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}` },
  ];
}

/** The address to share: this origin plus the path, without query or fragment. */
export function shareUrl(origin: string, appUrl: string): string {
  return origin + appUrl.split(/[?#]/)[0];
}
