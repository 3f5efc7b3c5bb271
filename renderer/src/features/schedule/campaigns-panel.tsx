import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, FillResult } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { campaignInputOf, draftFromCampaign, newCampaign, validateCampaign, type CampaignDraft, type CampaignField } from './campaign-draft.ts';
import { CampaignForm } from './campaign-form.tsx';
import { FillResultView } from './fill-result.tsx';

type List = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; campaigns: Campaign[] };

/** Campaigns: edit one, preview what auto-fill would place this week, then run it. */
export function CampaignsPanel({ from, to, timeZone }: { from: string; to: string; timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const hid = useId();
  const [list, setList] = useState<List>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<CampaignDraft>(() => newCampaign(from, to));
  const [errors, setErrors] = useState<Partial<Record<CampaignField, string>>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [fill, setFill] = useState<{ result: FillResult; preview: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('schedule.campaigns', {}).then(
      (campaigns) => live && setList({ status: 'ready', campaigns }),
      (error: unknown) => live && setList({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);

  const open = async (c: Campaign) => {
    setFill(null);
    setMessage(null);
    setErrors({});
    // Titles for the chosen segments: one search call, not one per segment.
    const titles = new Map<string, string>();
    try {
      const found = await api.call('library.search', { query: '', limit: 500, offset: 0 });
      for (const s of found.items) titles.set(s.id, s.title);
    } catch {
      // Ids stand in for titles; the campaign still opens.
    }
    setDraft(draftFromCampaign(c, titles));
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const found = validateCampaign(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      const saved = await api.call('schedule.campaign.save', campaignInputOf(draft));
      setDraft((d) => ({ ...d, id: saved.id }));
      setMessage({ error: false, text: t('schedule.campaign.saved') });
      setAttempt((a) => a + 1);
    });
  };
  const fillWeek = (dryRun: boolean) => void run(async () => setFill({ result: await api.call('schedule.fill', { from, to, dryRun }), preview: dryRun }));
  // One 2-minute break at the end of each airing without one, then the same fill again shows what it now places.
  const addBreaks = (instanceIds: string[]) =>
    void run(async () => {
      for (const instanceId of instanceIds) await api.call('schedule.rundown.add', { instanceId, kind: 'spot_break', durationSec: 120 });
      const preview = fill?.preview ?? true;
      setFill({ result: await api.call('schedule.fill', { from, to, dryRun: preview }), preview });
    });

  return (
    <section className="campaigns-panel" aria-labelledby={hid} data-testid="campaigns-panel">
      <h2 id={hid}>{t('schedule.campaign.title')}</h2>
      {list.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {list.status === 'error' && (
        <div className="state-message message-error" role="alert">
          <p>{errorMessage(list.error, t)}</p>
          <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {list.status === 'ready' && (
        <div className="campaign-list">
          {list.campaigns.length === 0 && <p className="muted">{t('schedule.campaign.empty')}</p>}
          {list.campaigns.map((c) => (
            <button key={c.id} type="button" className="button button-small" aria-pressed={draft.id === c.id} onClick={() => void open(c)}>
              {c.name}
            </button>
          ))}
          <button type="button" className="button button-small button-quiet" onClick={() => { setDraft(newCampaign(from, to)); setFill(null); setErrors({}); }}>
            {t('schedule.campaign.new')}
          </button>
        </div>
      )}
      <CampaignForm draft={draft} errors={errors} onChange={setDraft} />
      {message && <p className={message.error ? 'state-message message-error' : 'state-message'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <div className="button-row">
        <button type="button" className="button" data-testid="campaign-save" disabled={busy} onClick={save}>
          {t('schedule.campaign.save')}
        </button>
        <button type="button" className="button" data-testid="campaign-preview" disabled={busy} onClick={() => fillWeek(true)}>
          {t('schedule.campaign.preview')}
        </button>
        <button type="button" className="button button-primary" data-testid="campaign-fill" disabled={busy} onClick={() => fillWeek(false)}>
          {t('schedule.campaign.fill')}
        </button>
      </div>
      <p className="muted small">{t('schedule.campaign.fillHint')}</p>
      {fill && <FillResultView result={fill.result} timeZone={timeZone} preview={fill.preview} campaignId={fill.preview ? draft.id : undefined} onAddBreaks={addBreaks} />}
    </section>
  );
}
