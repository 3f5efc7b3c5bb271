import { expectTypeOf, it } from 'vitest';
import type { CabinaBridge as PreloadBridge } from '../../../electron/preload/cabina-bridge.ts';
import type { CabinaBridge as RendererBridge } from '../../../renderer/src/api/bridge-types.ts';

// The renderer may not import from electron/ (lint boundary), so it declares the bridge itself;
// this keeps the two declarations from drifting apart.
it('the renderer bridge type matches the preload one', () => {
  expectTypeOf<RendererBridge>().toEqualTypeOf<PreloadBridge>();
});
