import { shareLinks, shareUrl } from './share-links';

describe('shareLinks', () => {
  const url = 'https://invest.soctrang.gov.vn/vi/projects/dien-gio';
  const title = 'Điện gió & cảng #1';
  const links = Object.fromEntries(shareLinks(url, title).map((l) => [l.target, l.href]));

  it('offers Facebook, Zalo, LinkedIn, X and e-mail', () => {
    expect(Object.keys(links)).toEqual(['facebook', 'zalo', 'linkedin', 'x', 'email']);
  });

  it('encodes the page URL for every network', () => {
    const encoded = encodeURIComponent(url);
    expect(links['facebook']).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(links['zalo']).toBe(`https://zalo.me/share?url=${encoded}`);
    expect(links['linkedin']).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
  });

  it('encodes titles so "&" and "#" cannot cut the link', () => {
    const x = new URL(links['x']);
    expect(x.searchParams.get('text')).toBe(title);
    expect(x.searchParams.get('url')).toBe(url);
    expect(links['email']).toMatch(/^mailto:\?subject=/);
    const mail = new URL(links['email']);
    expect(mail.searchParams.get('subject')).toBe(title);
    expect(mail.searchParams.get('body')).toBe(`${title}\n${url}`);
  });
});

describe('shareUrl', () => {
  it('drops query and fragment', () => {
    expect(shareUrl('https://a.vn', '/en/policies/x?utm=1#top')).toBe('https://a.vn/en/policies/x');
  });
});
