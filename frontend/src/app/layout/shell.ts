import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { Footer } from './footer';
import { Header } from './header';

/** Portal chrome for every `/:lang/...` page. `tabindex="-1"` lets the skip link focus main. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, Header, Footer],
  template: `
    <app-header />
    <main id="main-content" tabindex="-1">
      <div class="container"><router-outlet /></div>
    </main>
    <app-footer />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    main {
      flex: 1 0 auto;
      padding-block: 1.5rem 2.5rem;
    }
    main:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {}
