import { IsNull, type EntityManager } from 'typeorm';
import type { Transition } from '../common/workflow.js';
import { User } from '../users/user.entity.js';
import type { MailDraft } from './mail.service.js';

const WHAT = { project: { vi: 'Dự án', en: 'Project' }, policy: { vi: 'Chính sách', en: 'Policy' } } as const;
const DECISION: Partial<Record<Transition, { vi: string; en: string }>> = {
  publish: { vi: 'đã được duyệt và công bố', en: 'was approved and published' },
  reject: { vi: 'bị trả lại, cần chỉnh sửa', en: 'was sent back for changes' },
  unpublish: { vi: 'đã được gỡ khỏi cổng (trở về bản nháp)', en: 'was taken off the portal (back to draft)' },
};

/**
 * The editorial board's decision, mailed to the officers of the owning department (issue 6: "the
 * officer is notified"). Bilingual: officers choose their language in the workspace, not by mail.
 */
export async function decisionMails(
  em: EntityManager,
  transition: Transition,
  item: { type: 'project' | 'policy'; id: string; code: string; title: { vi: string; en: string | null }; departmentId: string; reviewComment: string | null },
  workspaceUrl: string,
): Promise<MailDraft[]> {
  const decision = DECISION[transition];
  if (!decision) return [];
  const officers = await em.getRepository(User).find({ where: { departmentId: item.departmentId, role: 'officer', disabledAt: IsNull() }, select: { email: true } });
  const what = WHAT[item.type];
  const text = [
    `${what.vi} ${item.code} "${item.title.vi}" ${decision.vi}.`,
    `${what.en} ${item.code} "${item.title.en ?? item.title.vi}" ${decision.en}.`,
    ...(item.reviewComment ? ['', `Ý kiến của Ban biên tập / Editorial board's comment:`, item.reviewComment] : []),
    '',
    `${workspaceUrl}/workspace/${item.type === 'project' ? 'projects' : 'policies'}/${item.id}`,
  ].join('\n');
  return officers.map((o) => ({
    kind: `workflow.${transition}`,
    to: o.email,
    subject: `[${item.code}] ${what.vi} ${decision.vi} / ${what.en} ${decision.en}`,
    text,
  }));
}
