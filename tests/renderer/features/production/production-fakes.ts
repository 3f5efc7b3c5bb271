import { screen } from '@testing-library/react';
import type { userEvent } from '@testing-library/user-event';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import { canMove, TASK_STATUSES, type LanguageTask, type ScriptDiffPart, type ScriptRevision, type TaskRecording, type TaskStatus } from '../../../../shared/domain/production.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';

export const SEG_A = '00000000-0000-4000-8000-00000000a001';
export const SEG_B = '00000000-0000-4000-8000-00000000b002';

let taskCounter = 0;
const taskId = () => `00000000-0000-4000-8000-${String(++taskCounter).padStart(12, '0')}`;

export function makeTask(over: Partial<LanguageTask> & Pick<LanguageTask, 'segmentId' | 'languageCode'>): LanguageTask {
  return {
    id: taskId(), status: 'needs_translation', mode: 'written', assignee: '', dueDate: null, notes: '', translation: '', backTranslation: '',
    basedOnRevision: null, outdated: false, reviewComment: '', versionId: null, oralRecording: null, backTranslationRecording: null, updatedAt: '2026-03-01T10:00:00.000Z', ...over,
  };
}

/** A recording as the core describes it once attached. */
export function makeRecording(name: string, assetId = 'c'.repeat(64)): TaskRecording {
  return { assetId, durationSec: 42, originalName: name, attachedAt: '2026-03-02T12:00:00.000Z' };
}

const FIELD = { oral: 'oralRecording', back_translation: 'backTranslationRecording' } as const;

export interface ProductionState {
  segments: { id: string; title: string }[];
  revisions: Map<string, ScriptRevision[]>;
  tasks: LanguageTask[];
  diff: ScriptDiffPart[];
}

const rank = (s: TaskStatus) => TASK_STATUSES.indexOf(s);

/**
 * production.* in memory, like the core: the board with its filters, script revisions that make
 * older translations outdated, task moves checked with the shared canMove, production.changed.
 */
export function productionApi(state: Partial<ProductionState> = {}): { api: FakeApiClient; state: ProductionState } {
  const api = new FakeApiClient();
  const s: ProductionState = { segments: [], revisions: new Map(), tasks: [], diff: [], ...state };
  const changed = (segmentId: string) => api.emit('production.changed', { segmentIds: [segmentId] });
  const find = (id: string) => {
    const task = s.tasks.find((x) => x.id === id);
    if (!task) throw new ApiError('not_found', `No task ${id}`);
    return task;
  };
  const replace = (task: LanguageTask) => {
    s.tasks = s.tasks.map((x) => (x.id === task.id ? task : x));
    changed(task.segmentId);
    return task;
  };

  api.override('production.board', async (input) => board(s, input));
  api.override('production.script.get', async ({ segmentId }) => ({
    segmentId,
    title: s.segments.find((x) => x.id === segmentId)?.title ?? '',
    revisions: s.revisions.get(segmentId) ?? [],
    tasks: s.tasks.filter((x) => x.segmentId === segmentId),
  }));
  api.override('production.script.save', async ({ segmentId, languageCode, text, author }) => {
    const list = s.revisions.get(segmentId) ?? [];
    const revision = { revision: list.length + 1, languageCode, text, author: author ?? '', createdAt: '2026-03-02T12:00:00.000Z' };
    s.revisions.set(segmentId, [...list, revision]);
    const outdated: string[] = [];
    s.tasks = s.tasks.map((x) => {
      if (x.segmentId !== segmentId || x.basedOnRevision === null || x.outdated) return x;
      outdated.push(x.languageCode);
      return { ...x, outdated: true };
    });
    changed(segmentId);
    return { revision, outdated };
  });
  api.override('production.task.save', async ({ segmentId, languageCode, ...patch }) => {
    const existing = s.tasks.find((x) => x.segmentId === segmentId && x.languageCode === languageCode);
    if (!existing) {
      const task = makeTask({ segmentId, languageCode, ...patch });
      s.tasks = [...s.tasks, task];
      changed(segmentId);
      return task;
    }
    return replace({ ...existing, ...patch, dueDate: patch.dueDate === undefined ? existing.dueDate : patch.dueDate });
  });
  api.override('production.task.move', async ({ taskId: id, to, comment }) => {
    const task = find(id);
    const kind = canMove(task.status, to, task.outdated);
    if (!kind) throw new ApiError('invalid_input', `No move ${task.status} → ${to}`);
    if (to === 'translated' && task.mode === 'oral' && !task.oralRecording) throw new ApiError('production.no_oral_recording', 'No recording');
    const latest = s.revisions.get(task.segmentId)?.[0]?.revision ?? null;
    const rebased = to === 'translated' ? { basedOnRevision: latest, outdated: false } : {};
    return replace({ ...task, status: to, ...rebased, reviewComment: kind === 'back' ? (comment ?? '') : task.reviewComment });
  });
  api.override('production.task.delete', async ({ taskId: id }) => {
    const task = find(id);
    s.tasks = s.tasks.filter((x) => x.id !== id);
    changed(task.segmentId);
    return { deleted: true };
  });
  api.override('production.task.diff', async () => ({ from: 1, to: 2, parts: s.diff }));
  // The file picked becomes the recording, named as picked (the job's progress is the fake's own run).
  api.override('production.recording.import', async ({ taskId: id, role, originalName }) => replace({ ...find(id), [FIELD[role]]: makeRecording(originalName) }));
  api.override('production.recording.attach', async ({ taskId: id, role, assetId, originalName }) => replace({ ...find(id), [FIELD[role]]: makeRecording(originalName, assetId) }));
  api.override('production.recording.remove', async ({ taskId: id, role }) => replace({ ...find(id), [FIELD[role]]: null }));
  return { api, state: s };
}

function board(s: ProductionState, input: MethodInput<'production.board'>): MethodOutput<'production.board'> {
  const at = (segmentId: string, code: string) => s.tasks.find((x) => x.segmentId === segmentId && x.languageCode === code);
  const rows = s.segments
    .filter((seg) => !input.query || seg.title.toLowerCase().includes(input.query.toLowerCase()))
    .filter((seg) => !input.reached || rank(at(seg.id, input.reached.languageCode)?.status ?? 'needs_translation') >= rank(input.reached.status))
    .filter((seg) => {
      if (!input.notReached) return true;
      const task = at(seg.id, input.notReached.languageCode);
      return !task || rank(task.status) < rank(input.notReached.status);
    })
    .filter((seg) => !input.outdatedOnly || s.tasks.some((x) => x.segmentId === seg.id && x.outdated))
    .map((seg) => {
      const revisions = s.revisions.get(seg.id) ?? [];
      const last = revisions[revisions.length - 1];
      const tasks = Object.fromEntries(
        s.tasks.filter((x) => x.segmentId === seg.id).map((x) => [x.languageCode, { taskId: x.id, status: x.status, outdated: x.outdated, assignee: x.assignee, dueDate: x.dueDate }]),
      );
      return { segmentId: seg.id, title: seg.title, masterLanguage: last?.languageCode ?? null, revision: last?.revision ?? null, tasks };
    });
  const languages = [...new Set(s.tasks.map((x) => x.languageCode))].sort();
  // One page, as the core answers: `total` counts every match.
  const offset = input.offset ?? 0;
  return { languages, rows: rows.slice(offset, offset + (input.limit ?? 200)), total: rows.length };
}

/** The way e2e tests pick a language: type part of its name, click the option by its code. */
export async function pickLanguage(user: ReturnType<typeof userEvent.setup>, testId: string, text: string, code: string) {
  // Cleared first: a picker that already shows a language would append to its name.
  await user.clear(screen.getByTestId(testId));
  await user.type(screen.getByTestId(testId), text);
  const option = document.querySelector(`[data-testid="language-option"][data-code="${code}"]`);
  if (!option) throw new Error(`no option ${code}`);
  await user.click(option);
}
