import { Departments1795680000000 } from './1795680000000-departments.js';
import { Domain1795690000000 } from './1795690000000-domain.js';
import { SearchOutbox1795700000000 } from './1795700000000-search-outbox.js';
import { SearchQueries1795710000000 } from './1795710000000-search-queries.js';
import { ProjectFacets1795720000000 } from './1795720000000-project-facets.js';
import { Inquiries1795730000000 } from './1795730000000-inquiries.js';
import { InboxMail1795740000000 } from './1795740000000-inbox-mail.js';
import { PublishedSnapshot1795750000000 } from './1795750000000-published-snapshot.js';
import { Invitations1795760000000 } from './1795760000000-invitations.js';
import { News1795770000000 } from './1795770000000-news.js';
import { ProjectQuality1795780000000 } from './1795780000000-project-quality.js';
import { Analytics1795790000000 } from './1795790000000-analytics.js';
import { SearchNodes1795800000000 } from './1795800000000-search-nodes.js';

/** In order. A new migration is added here after its SQL has been reviewed. */
export const MIGRATIONS = [Departments1795680000000, Domain1795690000000, SearchOutbox1795700000000, SearchQueries1795710000000, ProjectFacets1795720000000, Inquiries1795730000000, InboxMail1795740000000, PublishedSnapshot1795750000000, Invitations1795760000000, News1795770000000, ProjectQuality1795780000000, Analytics1795790000000, SearchNodes1795800000000];
