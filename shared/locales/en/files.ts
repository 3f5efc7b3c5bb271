import type { LocaleTree } from '../locale-types.ts';
import type { esFiles, esFilesErrors } from '../es/files.ts';

export const enFiles = {
  fileResult: {
    close: 'Close',
    reopen: 'Save or copy to USB…',
    fileCount_one: '{{count}} file',
    fileCount_many: '{{count}} files',
    fileCount_other: '{{count}} files',
    reading: 'Reading the files…',
    saveAs: 'Save as…',
    saving: 'Saving…',
    savedTo: 'Saved to {{path}}',
    downloadStarted: 'The download of “{{name}}” started; the browser saves it in its downloads folder.',
    openFolder: 'Open folder',
    copyToUsb: 'Copy to USB',
    drivesTitle: 'Connected USB drives',
    drivesLoading: 'Looking for USB drives…',
    drivesEmpty: 'Plug in a USB drive',
    refresh: 'Refresh',
    driveFree: '{{label}} · {{free}} free',
    driveFreeUnknown: '{{label}}',
    copyHere: 'Copy to {{label}}',
    copying: 'Copying to {{label}}…',
    cancelCopy: 'Cancel copy',
    copied: 'Copied to {{folder}}. You can remove the drive now.',
    copyCancelled: 'Copy cancelled. No half-written file was left.',
  },
} satisfies LocaleTree<typeof esFiles>;
export const enFilesErrors = {
  not_produced: '“{{name}}” is not a file Cabina created; it cannot be copied or saved.',
  missing: '“{{name}}” no longer exists; make it again.',
  not_a_drive: 'The USB drive is no longer connected. Plug it in and press “Refresh”.',
  disk_full: 'Not enough space for “{{name}}”: {{needed}} free is needed. Free some space or use another drive.',
  drive_gone: 'The USB drive was disconnected during the copy. Plug it in again and retry; no half-written file was left.',
  drive_read_only: 'Cannot write to {{folder}} (is the drive write-protected?).',
  desktop_only: 'This action is only available in the desktop app.',
} satisfies LocaleTree<typeof esFilesErrors>;
