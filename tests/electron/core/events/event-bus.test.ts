import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';

const versionId = '11111111-1111-4111-8111-111111111111';
const segmentId = '22222222-2222-4222-8222-222222222222';

describe('EventBus', () => {
  it('gives a subscriber only its event, typed, and before the transports hear it', () => {
    const bus = new EventBus();
    const order: string[] = [];
    bus.on((name) => order.push(`transport:${name}`));
    const off = bus.subscribe('audio.edited', (p) => order.push(`service:${p.versionId}:${p.durationSec}`));
    bus.emit('library.changed', { segmentIds: [segmentId] });
    bus.emit('audio.edited', { versionId, segmentId, durationSec: 12 });
    off();
    bus.emit('audio.edited', { versionId, segmentId, durationSec: 13 });
    expect(order).toEqual([
      'transport:library.changed',
      `service:${versionId}:12`,
      'transport:audio.edited',
      'transport:audio.edited',
    ]);
  });

  it('refuses a malformed payload at its source, before anyone hears it', () => {
    const bus = new EventBus();
    const heard: unknown[] = [];
    bus.subscribe('audio.edited', (p) => heard.push(p));
    bus.on((_name, p) => heard.push(p));
    expect(() => bus.emit('audio.edited', { versionId: 'not-an-id', segmentId, durationSec: -1 })).toThrow();
    expect(heard).toEqual([]);
  });
});
