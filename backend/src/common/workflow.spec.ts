import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Actor } from './access.js';
import { assertCanEdit, assertTransition, statusAfterEdit, type Owned } from './workflow.js';

const actor = (role: Actor['role'], departmentId: string | null = null): Actor => ({
  userId: 'u',
  email: 'x@y',
  role,
  departmentId,
  sessionId: 's',
});
const item = (status: Owned['status'], departmentId = 'A'): Owned => ({ status, departmentId });

describe('workflow', () => {
  it('officers submit their own drafts; editors cannot submit', () => {
    expect(assertTransition(actor('officer', 'A'), item('draft'), 'submit', 'project')).toBe('submitted');
    expect(() => assertTransition(actor('editor'), item('draft'), 'submit', 'project')).toThrow(ForbiddenException);
  });

  it("another department's item is not found for an officer", () => {
    expect(() => assertTransition(actor('officer', 'B'), item('draft'), 'submit', 'project')).toThrow(NotFoundException);
  });

  it('only the board publishes, and only submitted items', () => {
    expect(() => assertTransition(actor('officer', 'A'), item('submitted'), 'publish', 'project')).toThrow(ForbiddenException);
    expect(assertTransition(actor('editor'), item('submitted'), 'publish', 'project')).toBe('published');
    expect(() => assertTransition(actor('editor'), item('draft'), 'publish', 'project')).toThrow(ConflictException);
  });

  it('unpublish returns the item to draft; award keeps it public', () => {
    expect(assertTransition(actor('editor'), item('published'), 'unpublish', 'project')).toBe('draft');
    expect(assertTransition(actor('admin'), item('published'), 'award', 'project')).toBe('awarded');
  });

  it('officers edit only before publication; editors never; admins always', () => {
    expect(() => assertCanEdit(actor('officer', 'A'), item('draft'), 'project')).not.toThrow();
    expect(() => assertCanEdit(actor('officer', 'A'), item('published'), 'project')).toThrow(ConflictException);
    expect(() => assertCanEdit(actor('editor'), item('draft'), 'project')).toThrow(ForbiddenException);
    expect(() => assertCanEdit(actor('admin'), item('published'), 'project')).not.toThrow();
  });

  it('an edited rejected or submitted item goes back to draft', () => {
    expect(statusAfterEdit('rejected')).toBe('draft');
    expect(statusAfterEdit('submitted')).toBe('draft');
    expect(statusAfterEdit('published')).toBe('published');
  });
});
