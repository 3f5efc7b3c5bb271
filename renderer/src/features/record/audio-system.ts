import { createContext, useContext } from 'react';
import workletUrl from './capture.worklet.ts?worker&url';

export interface AudioInput {
  deviceId: string;
  label: string;
}

export interface Level {
  /** 0–1 linear. */
  peak: number;
  rms: number;
  clipped: boolean;
}

/** Why the microphone could not be opened or went away; each has its own sentence (record.input.*). */
export type InputProblem = 'noDevice' | 'permission' | 'unsupported' | 'busy' | 'failed';
export type EndReason = 'device' | 'permission';

export class InputError extends Error {
  readonly problem: InputProblem;
  constructor(problem: InputProblem, message: string) {
    super(message);
    this.name = 'InputError';
    this.problem = problem;
  }
}

export interface CaptureCallbacks {
  onLevel(level: Level): void;
  /** 16-bit little-endian mono PCM, ~250 ms. */
  onChunk(pcm: Uint8Array<ArrayBuffer>): void;
  onEnded(reason: EndReason): void;
}

export interface Capture {
  readonly sampleRate: number;
  readonly channels: 1;
  setRecording(on: boolean): void;
  /** Delivers the partial chunk the worklet holds, then resolves. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** The browser's audio, behind an interface so renderer tests can use a fake microphone. */
export interface AudioSystem {
  listInputs(): Promise<AudioInput[]>;
  open(deviceId: string | null, callbacks: CaptureCallbacks): Promise<Capture>;
  onDevicesChanged(listener: () => void): () => void;
}

function toInputError(error: unknown): InputError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'NotAllowedError' || name === 'SecurityError') return new InputError('permission', message);
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return new InputError('noDevice', message);
  if (name === 'NotReadableError' || name === 'AbortError') return new InputError('busy', message);
  return new InputError('failed', message);
}

async function permissionDenied(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    return status.state === 'denied';
  } catch {
    return false;
  }
}

export const browserAudioSystem: AudioSystem = {
  async listInputs() {
    if (!navigator.mediaDevices?.enumerateDevices) throw new InputError('unsupported', 'No mediaDevices');
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((d) => d.kind === 'audioinput' && d.deviceId !== '').map((d) => ({ deviceId: d.deviceId, label: d.label }));
  },
  async open(deviceId, callbacks) {
    if (!navigator.mediaDevices?.getUserMedia) throw new InputError('unsupported', 'No getUserMedia');
    let stream: MediaStream;
    try {
      // Raw input: processing meant for calls would change the recording's level and sound.
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
    } catch (error) {
      throw toInputError(error);
    }
    const context = new AudioContext({ latencyHint: 'interactive' });
    try {
      await context.audioWorklet.addModule(workletUrl);
    } catch (error) {
      stream.getTracks().forEach((t) => t.stop());
      await context.close();
      throw new InputError('failed', error instanceof Error ? error.message : String(error));
    }
    const source = context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(context, 'cabina-capture', { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
    // A muted path to the destination keeps the graph pulling the worklet in every browser.
    const mute = context.createGain();
    mute.gain.value = 0;
    source.connect(node).connect(mute).connect(context.destination);
    let flushed: (() => void) | null = null;
    node.port.onmessage = (event: MessageEvent<{ type: string; pcm?: ArrayBuffer; peak?: number; rms?: number; clipped?: boolean }>) => {
      const data = event.data;
      if (data.type === 'level') callbacks.onLevel({ peak: data.peak ?? 0, rms: data.rms ?? 0, clipped: data.clipped ?? false });
      else if (data.type === 'pcm' && data.pcm) callbacks.onChunk(new Uint8Array(data.pcm));
      else if (data.type === 'flushed') flushed?.();
    };
    let closed = false;
    const track = stream.getAudioTracks()[0];
    if (track) {
      track.onended = () => {
        if (closed) return;
        void permissionDenied().then((denied) => callbacks.onEnded(denied ? 'permission' : 'device'));
      };
    }
    if (context.state === 'suspended') await context.resume().catch(() => undefined);
    return {
      sampleRate: context.sampleRate,
      channels: 1,
      setRecording: (on) => node.port.postMessage({ type: 'record', on }),
      flush: () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          flushed = () => {
            clearTimeout(timer);
            resolve();
          };
          node.port.postMessage({ type: 'flush' });
        }),
      async close() {
        closed = true;
        node.port.postMessage({ type: 'close' });
        stream.getTracks().forEach((t) => t.stop());
        source.disconnect();
        node.disconnect();
        await context.close().catch(() => undefined);
      },
    };
  },
  onDevicesChanged(listener) {
    const devices = navigator.mediaDevices;
    if (!devices?.addEventListener) return () => undefined;
    devices.addEventListener('devicechange', listener);
    return () => devices.removeEventListener('devicechange', listener);
  },
};

export const AudioSystemContext = createContext<AudioSystem>(browserAudioSystem);

export function useAudioSystem(): AudioSystem {
  return useContext(AudioSystemContext);
}
