import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { I18n } from '../core/i18n/i18n';
import { splitHighlight } from './search-state';

/** What a project card shows; built by the page from whichever API shape it has. */
export interface ProjectCardView {
  slug: string;
  /** Plain title in the shown language. */
  title: string;
  summary: string;
  sectors: string[];
  unit: string;
  /** Formatted capital ('' when unknown), e.g. "1.900 tỷ đồng". */
  capital: string;
  /** Formatted area ('' when unknown), e.g. "140 ha". */
  area: string;
  /** False when English is shown but only Vietnamese exists: the texts are then Vietnamese. */
  translated: boolean;
  /** Title with search matches, as the search API sends it (markers or `<mark>`); optional. */
  titleHighlighted?: string;
  /** A highlighted passage to show instead of the summary; optional. */
  snippet?: string;
}

/** A call for investment in a list: title linking to the project page, then its key figures. */
@Component({
  selector: 'app-project-card',
  imports: [RouterLink],
  templateUrl: './project-card.html',
  styleUrl: './project-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectCard {
  readonly project = input.required<ProjectCardView>();

  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  protected readonly link = computed(() => ['/', this.i18n.lang(), 'projects', this.project().slug]);
  /** Texts are Vietnamese when English is shown without a translation. */
  protected readonly textLang = computed(() =>
    this.i18n.lang() === 'en' && !this.project().translated ? 'vi' : null,
  );
  protected readonly titleParts = computed(() => {
    const p = this.project();
    const parts = splitHighlight(p.titleHighlighted);
    return parts.length ? parts : [{ text: p.title, mark: false }];
  });
  protected readonly textParts = computed(() => {
    const p = this.project();
    const parts = splitHighlight(p.snippet);
    return parts.length ? parts : [{ text: p.summary, mark: false }];
  });
}
