import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// findBy*/waitFor wait for a condition, re-checked on every DOM change; the library gives up after
// 1 s, which a loaded CI machine overran on an app's first render (a suite run failed on the
// editor's first findByRole). Waiting longer changes nothing when the condition comes true sooner.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: give every element a viewport-sized box so the virtualizer renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });

// jsdom does not implement media playback; emulate the events the player listens to.
const paused = new WeakMap<HTMLMediaElement, boolean>();
Object.defineProperty(HTMLMediaElement.prototype, 'paused', {
  configurable: true,
  get(this: HTMLMediaElement) {
    return paused.get(this) ?? true;
  },
});
HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
  paused.set(this, false);
  this.dispatchEvent(new Event('play'));
  return Promise.resolve();
};
HTMLMediaElement.prototype.pause = function pause(this: HTMLMediaElement) {
  paused.set(this, true);
  this.dispatchEvent(new Event('pause'));
};
HTMLMediaElement.prototype.load = function load() {};

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

afterEach(() => {
  cleanup();
});
