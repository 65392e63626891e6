import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { Api } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { Seo } from '../core/seo/seo';
import { InquiryForm } from './inquiry-form';

/** `/{lang}/contact`: who receives general inquiries, then the inquiry form without a subject. */
@Component({
  selector: 'app-contact-page',
  imports: [InquiryForm, RouterLink],
  template: `
    <h1>{{ t('inquiries.contact.heading') }}</h1>
    <p class="lead">{{ t('inquiries.contact.intro') }}</p>
    <p class="lead">
      {{ t('inquiries.contact.specific') }}
      <a [routerLink]="['/', lang(), 'projects']">{{ t('inquiries.contact.projects') }}</a> ·
      <a [routerLink]="['/', lang(), 'policies']">{{ t('inquiries.contact.policies') }}</a>
    </p>

    @if (office(); as o) {
      <section class="office" aria-labelledby="office-heading">
        <h2 id="office-heading">{{ t('inquiries.contact.office') }}</h2>
        <p class="office__name" [attr.lang]="o.untranslated ? 'vi' : null">{{ o.name }}</p>
        <dl>
          @if (o.address) {
            <div>
              <dt>{{ t('inquiries.contact.address') }}</dt>
              <dd>{{ o.address }}</dd>
            </div>
          }
          @for (c of o.contacts; track c.name) {
            <div>
              <dt>{{ c.name }}<span class="office__position">, {{ c.position }}</span></dt>
              @if (c.phone) {
                <dd>
                  {{ t('inquiries.contact.phone') }}: <a [href]="'tel:' + c.tel">{{ c.phone }}</a>
                </dd>
              }
              @if (c.email) {
                <dd>
                  {{ t('inquiries.contact.email') }}: <a [href]="'mailto:' + c.email">{{ c.email }}</a>
                </dd>
              }
            </div>
          }
        </dl>
      </section>
    }

    <app-inquiry-form />
  `,
  styles: `
    :host {
      display: block;
    }
    h1 {
      margin-top: 0;
    }
    .lead {
      max-width: 48rem;
    }
    .office {
      max-width: 48rem;
      margin-block: 1.5rem 2rem;
      padding: 0.75rem 1rem;
      border: 1px solid #c8ccd4;
      border-top: 3px solid #9b1b1b;
      overflow-wrap: anywhere;
    }
    .office h2 {
      margin: 0 0 0.25rem;
      font-size: 1.125rem;
    }
    .office__name {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    dl {
      margin: 0;
    }
    dl > div + div {
      margin-top: 0.5rem;
    }
    dt {
      font-weight: 600;
    }
    .office__position {
      font-weight: 400;
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactPage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly seo = inject(Seo);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;

  private readonly departments = rxResource({ stream: () => this.api.departments() });
  // The intake department is a server setting (INQUIRY_INTAKE_DEPARTMENT), published with the form.
  private readonly form = rxResource({ stream: () => this.api.get('/api/v1/inquiries/form') });

  protected readonly office = computed(() => {
    if (!this.departments.hasValue() || !this.form.hasValue()) return null;
    const intake = this.form.value().intakeDepartment;
    const d = this.departments.value().items.find((item) => item.code === intake);
    if (!d) return null;
    return {
      name: this.i18n.pick(d.name),
      untranslated: this.lang() === 'en' && !d.name.en,
      address: d.address ? this.i18n.pick(d.address) : null,
      contacts: d.contacts.map((c) => ({
        name: c.name,
        position: this.i18n.pick(c.position),
        phone: c.phone,
        tel: c.phone?.replace(/[^\d+]/g, '') ?? '',
        email: c.email,
      })),
    };
  });

  constructor() {
    // A description of its own (the title comes from the route); follows language switches.
    effect(() => {
      const lang = this.lang();
      this.seo.set({
        lang,
        url: this.i18n.url(),
        title: this.t('inquiries.contact.heading'),
        description: this.t('inquiries.contact.description'),
      });
    });
  }
}
