import { PageViewDaily, UsageDaily } from '../analytics/analytics.entities.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { Session } from '../auth/session.entity.js';
import { Department } from '../departments/department.entity.js';
import { Inquiry, InquiryNote, InquiryReply } from '../inquiries/inquiry.entity.js';
import { MailOutbox } from '../mail/mail.entity.js';
import { NewsFeed, NewsItem, ProjectNews } from '../news/news.entities.js';
import { PortalSetting } from '../settings/portal-setting.entity.js';
import { DocumentFile } from '../media/document.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { Project } from '../projects/project.entity.js';
import { OutboxRow, SearchNodeCursor } from '../search-sync/outbox.entity.js';
import { SearchQueryLog } from '../search-api/search-query.entity.js';
import { AdministrativeUnit, InvestmentForm, Sector } from '../taxonomies/taxonomy.entities.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed explicitly (ESM has no reliable glob loading). */
export const ENTITIES = [Department, User, Session, Sector, InvestmentForm, AdministrativeUnit, Policy, Project, DocumentFile, AuditEntry, OutboxRow, SearchNodeCursor, SearchQueryLog, Inquiry, InquiryReply, InquiryNote, MailOutbox, PortalSetting, NewsItem, NewsFeed, ProjectNews, PageViewDaily, UsageDaily];
