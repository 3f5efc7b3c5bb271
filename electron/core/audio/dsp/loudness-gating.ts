/*
 * The block arithmetic of ITU-R BS.1770-4 / EBU R128 over 100 ms energy sub-blocks (the sum over
 * channels of squared K-weighted samples): 400 ms momentary blocks with 75 % overlap, gated −70 LUFS
 * absolute and −10 LU relative, for integrated loudness; 3 s short-term blocks every 100 ms for
 * loudness range (EBU Tech 3342: −70 LUFS absolute, −20 LU relative, 10th–95th percentile).
 * Sub-blocks are all a meter keeps (3 hours = 108 000 of them, under 1 MB), so stretches of one file
 * measured apart (parallel analysis, segment-analysis.ts) join into exactly the same blocks.
 */

const energyToLufs = (energy: number) => -0.691 + 10 * Math.log10(energy);
const lufsToEnergy = (lufs: number) => 10 ** ((lufs + 0.691) / 10);

/**
 * The relative gate shared by BS.1770-4 §5.1 and EBU Tech 3342: `offsetLu` below the mean energy of
 * the blocks above the −70 LUFS absolute gate; null when no block passes the absolute gate.
 */
function relativeGate(energies: Float64Array, offsetLu: number): number | null {
  const absolute = lufsToEnergy(-70);
  let sum = 0;
  let count = 0;
  for (const e of energies) {
    if (e > absolute) {
      sum += e;
      count += 1;
    }
  }
  return count === 0 ? null : Math.max(absolute, (sum / count) * 10 ** (offsetLu / 10));
}

/** Integrated loudness from 400 ms block energies (BS.1770-4 §5.1 gating). */
function gatedLoudness(energies: Float64Array): number | null {
  const gate = relativeGate(energies, -10);
  if (gate === null) return null;
  let gatedSum = 0;
  let gatedCount = 0;
  for (const e of energies) {
    if (e > gate) {
      gatedSum += e;
      gatedCount += 1;
    }
  }
  return gatedCount === 0 ? null : energyToLufs(gatedSum / gatedCount);
}

/** Loudness range from 3 s short-term energies (EBU Tech 3342). */
function loudnessRange(energies: Float64Array): number {
  const gate = relativeGate(energies, -20);
  if (gate === null) return 0;
  const kept: number[] = [];
  for (const e of energies) if (e > gate) kept.push(energyToLufs(e));
  if (kept.length === 0) return 0;
  kept.sort((a, b) => a - b);
  const at = (p: number) => kept[Math.min(kept.length - 1, Math.max(0, Math.round((kept.length - 1) * p)))] ?? 0;
  return at(0.95) - at(0.1);
}

/** Mean energy per frame of every run of `span` consecutive sub-blocks (one block per 100 ms step). */
function slidingBlocks(subBlocks: Float64Array, span: number, subBlockFrames: number): Float64Array {
  const out = new Float64Array(Math.max(0, subBlocks.length - span + 1));
  for (let i = 0; i < out.length; i += 1) {
    // Summed afresh per block, not as a running sum: a running sum drifts over 100 000 blocks.
    let sum = 0;
    for (let k = i; k < i + span; k += 1) sum += subBlocks[k] as number;
    out[i] = sum / (span * subBlockFrames);
  }
  return out;
}

/** Integrated loudness and loudness range of a whole file from its 100 ms sub-block energies. */
export function loudnessFromSubBlocks(subBlocks: Float64Array, subBlockFrames: number): { integratedLufs: number | null; loudnessRangeLu: number } {
  return {
    integratedLufs: gatedLoudness(slidingBlocks(subBlocks, 4, subBlockFrames)),
    loudnessRangeLu: loudnessRange(slidingBlocks(subBlocks, 30, subBlockFrames)),
  };
}

export interface LoudnessResult {
  integratedLufs: number | null;
  loudnessRangeLu: number;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
}

/** Linear peaks to dB; silence (0) is null. */
export function loudnessResult(loudness: Pick<LoudnessResult, 'integratedLufs' | 'loudnessRangeLu'>, truePeak: number, samplePeak: number): LoudnessResult {
  return {
    ...loudness,
    truePeakDbtp: truePeak > 0 ? 20 * Math.log10(truePeak) : null,
    samplePeakDbfs: samplePeak > 0 ? 20 * Math.log10(samplePeak) : null,
  };
}
