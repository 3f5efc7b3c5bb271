import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Instance } from '../../../../shared/domain/schedule.ts';
import { clamp, DAY_MIN, pointToSlot, snap, SNAP_MIN } from './grid-geometry.ts';

/** The bottom 8 px of a block are its resize grip (drawn by CSS as ::after). */
export const RESIZE_EDGE_PX = 8;
function onResizeEdge(block: HTMLElement, clientY: number): boolean {
  const box = block.getBoundingClientRect();
  return box.height > 0 && clientY >= box.bottom - RESIZE_EDGE_PX;
}

export type Drag =
  | { kind: 'create'; day: number; startMin: number; endMin: number }
  | { kind: 'select'; instance: Instance }
  | { kind: 'move'; instance: Instance; grabMin: number; moved: boolean; day: number; startMin: number }
  | { kind: 'resize'; instance: Instance; durationMin: number };

export interface GridDragHandlers {
  onCreate(day: number, startMin: number, durationMin: number): void;
  onMove(instance: Instance, day: number, startMin: number): void;
  onResize(instance: Instance, durationMin: number): void;
  onOpen(instance: Instance): void;
}

/**
 * Pointer drags on the grid body: on empty space → create, on a block's grip → move, on its bottom
 * edge → resize, anywhere else on a block → select (open) it, however far the pointer travels.
 * The pointer is captured so a drag that leaves the grid still ends cleanly; nothing is
 * saved until the pointer is released, and a release without movement is a click (open).
 */
export function useGridDrag(instances: readonly Instance[], weekDates: readonly string[], handlers: GridDragHandlers) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const update = (d: Drag | null) => {
    dragRef.current = d;
    setDrag(d);
  };

  const slotOf = (event: ReactPointerEvent<HTMLElement>) => pointToSlot(event.currentTarget.getBoundingClientRect(), event.clientX, event.clientY);

  const onPointerDown = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      const target = event.target as HTMLElement;
      const blockEl = target.closest<HTMLElement>('[data-block-id]');
      const { day, minute } = slotOf(event);
      const instance = blockEl ? instances.find((i) => i.id === blockEl.dataset.blockId) : undefined;
      if (blockEl && !instance) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      if (instance && blockEl && onResizeEdge(blockEl, event.clientY)) update({ kind: 'resize', instance, durationMin: instance.durationMin });
      else if (instance && !target.closest('[data-grip="move"]')) update({ kind: 'select', instance });
      else if (instance) update({ kind: 'move', instance, grabMin: minute - instance.startMin, moved: false, day: weekDates.indexOf(instance.date), startMin: instance.startMin });
      else {
        const start = clamp(Math.floor(minute / SNAP_MIN) * SNAP_MIN, 0, DAY_MIN - SNAP_MIN);
        update({ kind: 'create', day, startMin: start, endMin: start + SNAP_MIN });
      }
      event.preventDefault();
    },
    [instances, weekDates],
  );

  const onPointerMove = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    const d = dragRef.current;
    if (!d || d.kind === 'select') return;
    const { day, minute } = slotOf(event);
    if (d.kind === 'create') update({ ...d, endMin: clamp(snap(minute), d.startMin + SNAP_MIN, DAY_MIN) });
    else if (d.kind === 'resize') update({ ...d, durationMin: clamp(snap(minute) - d.instance.startMin, SNAP_MIN, DAY_MIN - d.instance.startMin) });
    else {
      const startMin = clamp(snap(minute - d.grabMin), 0, DAY_MIN - SNAP_MIN);
      update({ ...d, day, startMin, moved: d.moved || day !== d.day || startMin !== d.startMin });
    }
  }, []);

  const onPointerUp = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      const d = dragRef.current;
      if (!d) return;
      update(null);
      event.currentTarget.releasePointerCapture?.(event.pointerId);
      if (d.kind === 'create') {
        // A click (no drag) proposes one hour, the most common slot length on community radio.
        const length = d.endMin - d.startMin > SNAP_MIN ? d.endMin - d.startMin : 60;
        handlers.onCreate(d.day, d.startMin, Math.min(length, DAY_MIN - d.startMin));
      } else if (d.kind === 'resize') {
        if (d.durationMin !== d.instance.durationMin) handlers.onResize(d.instance, d.durationMin);
      } else if (d.kind === 'select') handlers.onOpen(d.instance);
      else if (!d.moved || (weekDates[d.day] === d.instance.date && d.startMin === d.instance.startMin)) handlers.onOpen(d.instance);
      else handlers.onMove(d.instance, d.day, d.startMin);
    },
    [handlers, weekDates],
  );

  const onPointerCancel = useCallback(() => update(null), []);
  return { drag, bind: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
