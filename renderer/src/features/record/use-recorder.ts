import { useCallback, useEffect, useRef, useState } from 'react';
import type { Take, TakeTarget } from '../../../../shared/domain/recording.ts';
import type { ApiClient } from '../../api/api-client.ts';
import { InputError, type AudioInput, type AudioSystem, type Capture, type EndReason, type InputProblem, type Level } from './audio-system.ts';

export type Phase = 'opening' | 'ready' | 'recording' | 'paused' | 'stopping' | 'unavailable';

/** What stopped a take early: the input went away, or the core refused a chunk (its error). */
export type Fault = { kind: 'input'; reason: EndReason } | { kind: 'api'; error: unknown };

const SILENT: Level = { peak: 0, rms: 0, clipped: false };
const HEARTBEAT_MS = 1000;

interface Live {
  id: string;
  offset: number;
  chain: Promise<void>;
  failed: boolean;
}

/**
 * The Grabar page's engine: opens the chosen input for the meter, streams ~250 ms PCM chunks to
 * the core in order (one call at a time, each with its byte offset), and on any fault stops
 * gracefully — the core keeps what it received and `recording.stop` turns it into a take.
 */
export function useRecorder(api: ApiClient, audio: AudioSystem, onStopped: (take: Take | null, fault: Fault | null) => void) {
  const [inputs, setInputs] = useState<AudioInput[]>([]);
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [problem, setProblem] = useState<InputProblem | null>(null);
  const [phase, setPhase] = useState<Phase>('opening');
  const [level, setLevel] = useState<Level>(SILENT);
  const [bytes, setBytes] = useState(0);
  const captureRef = useRef<Capture | null>(null);
  const liveRef = useRef<Live | null>(null);
  const phaseRef = useRef<Phase>('opening');
  // Bumped by every open and by unmount: a capture that opens after it was superseded is closed at once.
  const generationRef = useRef(0);
  const stoppedRef = useRef(onStopped);
  stoppedRef.current = onStopped;

  const move = useCallback((next: Phase) => {
    phaseRef.current = next;
    setPhase(next);
  }, []);

  const finish = useCallback(
    async (fault: Fault | null) => {
      const live = liveRef.current;
      const capture = captureRef.current;
      if (!live || phaseRef.current === 'stopping') return;
      move('stopping');
      capture?.setRecording(false);
      if (!fault) await capture?.flush();
      await live.chain;
      liveRef.current = null;
      let take: Take | null = null;
      let reported = fault;
      try {
        take = await api.call('recording.stop', { id: live.id, jobId: crypto.randomUUID() });
      } catch (error) {
        reported ??= { kind: 'api', error };
      }
      move(captureRef.current ? 'ready' : 'unavailable');
      stoppedRef.current(take, reported);
    },
    [api, move],
  );

  const send = useCallback(
    (pcm: Uint8Array<ArrayBuffer>) => {
      const live = liveRef.current;
      if (!live || live.failed) return;
      const offset = live.offset;
      live.offset += pcm.byteLength;
      if (pcm.byteLength > 0) setBytes(live.offset);
      live.chain = live.chain.then(async () => {
        if (live.failed) return;
        try {
          await api.call('recording.appendChunk', { id: live.id, offset, pcm });
        } catch (error) {
          live.failed = true;
          // Not awaited here: finish() waits for this very chain.
          void finish({ kind: 'api', error });
        }
      });
    },
    [api, finish],
  );

  const open = useCallback(
    async (id: string | null) => {
      generationRef.current += 1;
      const generation = generationRef.current;
      await captureRef.current?.close();
      captureRef.current = null;
      move('opening');
      setLevel(SILENT);
      try {
        const capture = await audio.open(id, {
          onLevel: setLevel,
          onChunk: send,
          onEnded: (reason) => {
            captureRef.current = null;
            setLevel(SILENT);
            if (liveRef.current) void finish({ kind: 'input', reason });
            else move('unavailable');
            setProblem(reason === 'permission' ? 'permission' : 'noDevice');
          },
        });
        if (generation !== generationRef.current) {
          await capture.close();
          return;
        }
        captureRef.current = capture;
        setProblem(null);
        move('ready');
        // Labels appear only once permission is granted, so list after opening.
        setInputs(await audio.listInputs().catch(() => []));
      } catch (error) {
        if (generation !== generationRef.current) return;
        setProblem(error instanceof InputError ? error.problem : 'failed');
        move('unavailable');
      }
    },
    [audio, finish, move, send],
  );

  useEffect(() => {
    void open(null);
    const off = audio.onDevicesChanged(() => void audio.listInputs().then(setInputs, () => undefined));
    return () => {
      off();
      generationRef.current += 1;
      // Leaving the page mid-take stops it cleanly rather than abandoning it.
      void finish(null).finally(() => void captureRef.current?.close());
    };
    // Opened once per mount; device changes go through chooseDevice.
  }, []);

  // While paused, empty chunks tell the core the take is alive (an idle one is treated as abandoned).
  useEffect(() => {
    if (phase !== 'paused') return;
    const timer = setInterval(() => send(new Uint8Array(0)), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [phase, send]);

  const start = useCallback(
    async (target: TakeTarget, languageCode: string | null) => {
      const capture = captureRef.current;
      if (!capture || phaseRef.current !== 'ready') return;
      move('stopping');
      try {
        const take = await api.call('recording.start', { target, languageCode, sampleRate: capture.sampleRate, channels: capture.channels });
        liveRef.current = { id: take.id, offset: 0, chain: Promise.resolve(), failed: false };
        setBytes(0);
        capture.setRecording(true);
        move('recording');
      } catch (error) {
        move('ready');
        throw error;
      }
    },
    [api, move],
  );

  const pause = useCallback(() => {
    if (phaseRef.current !== 'recording') return;
    captureRef.current?.setRecording(false);
    move('paused');
  }, [move]);

  const resume = useCallback(() => {
    if (phaseRef.current !== 'paused') return;
    captureRef.current?.setRecording(true);
    move('recording');
  }, [move]);

  const chooseDevice = useCallback(
    (id: string) => {
      setDeviceId(id);
      void open(id);
    },
    [open],
  );

  const sampleRate = captureRef.current?.sampleRate ?? 48_000;
  return {
    inputs,
    deviceId,
    chooseDevice,
    retryInput: () => void open(deviceId),
    problem,
    phase,
    level,
    elapsedSec: bytes / 2 / sampleRate,
    bytesPerSecond: sampleRate * 2,
    start,
    pause,
    resume,
    stop: () => finish(null),
  };
}
