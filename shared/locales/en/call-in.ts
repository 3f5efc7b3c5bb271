import type { LocaleTree } from '../locale-types.ts';
import type { esCallIn } from '../es/call-in.ts';

/** Recorded calls (issue #14 §2): from Voices to Record and back, as a private testimony. */
export const enCallIn = {
  callIn: {
    record: 'Record call',
    recordHint: 'Record a listener’s call; it becomes a private testimony, never part of the Library',
    recordThis: 'Record this call',
    recordThisHint: 'Record the audio of this noted call; it is saved in this testimony',
    banner: 'You are recording a call. It will not be a Library segment: once saved it becomes a private testimony in Voices, and it only leaves the station with the caller’s consent.',
    bannerAttach: 'You are recording the audio of a call noted in Voices. Once saved it is added to that testimony, which stays private.',
    back: 'Back to Voices',
    stopped: 'Call recorded ({{duration}}). Save it as a testimony so it is not lost.',
    pending: {
      title: 'Recorded calls not yet saved',
      empty: 'No recorded calls waiting. Press “Record” when the call starts.',
      loading: 'Loading the recorded calls…',
      loadError: 'The recorded calls could not be loaded.',
      row: 'Call of {{when}} · {{duration}}',
      recovered: 'Recovered after an unexpected shutdown',
    },
    waiting_one: '{{count}} recorded call is not saved as a testimony yet.',
    waiting_many: '{{count}} recorded calls are not saved as testimonies yet.',
    waiting_other: '{{count}} recorded calls are not saved as testimonies yet.',
    waitingOpen_one: 'Save it in Record',
    waitingOpen_many: 'Save them in Record',
    waitingOpen_other: 'Save them in Record',
    save: 'Save as testimony',
    attach: 'Save in the testimony',
    saving: 'Saving…',
    discard: 'Discard',
    confirmDiscard: 'Discard this recorded call? Its audio is deleted and cannot be recovered.',
    saveFailed: 'The call could not be saved; the recording is still here. {{reason}}',
    discardFailed: 'The call could not be discarded. {{reason}}',
  },
} satisfies LocaleTree<typeof esCallIn>;
