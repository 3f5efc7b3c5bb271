import type { LocaleTree } from '../locale-types.ts';
import type { esFeedErrors, esKeyErrors, esPackErrors } from '../es/pack-errors.ts';

export const enPackErrors = {
  not_a_pack: 'This file is not a Cabina pack. Nothing was imported.',
  unsafe_name: 'The pack contains a dangerous file name ("{{entry}}"). Nothing was imported.',
  symlink: 'The pack contains a symbolic link ("{{entry}}"). Nothing was imported.',
  duplicate_entry: 'The pack contains two files named "{{entry}}". Nothing was imported.',
  too_many_entries: 'The pack contains too many files. Nothing was imported.',
  unlisted_entry: 'The pack contains a file its manifest does not list ("{{entry}}"). Nothing was imported.',
  size_mismatch: 'The size of "{{entry}}" does not match the pack manifest. Nothing was imported.',
  hash_mismatch: 'The content of "{{entry}}" was altered or is damaged. Nothing was imported.',
  missing_file: '"{{entry}}" is missing from the pack. Nothing was imported.',
  truncated: 'The pack is incomplete or damaged (was the download cut short?). Nothing was imported.',
  too_large: 'The pack is too large once uncompressed. Nothing was imported.',
  compression_ratio: 'The pack is suspiciously compressed ("{{entry}}"). Nothing was imported.',
  bad_manifest: 'The pack manifest (manifest.json) is not valid. Nothing was imported.',
  manifest_too_large: 'The pack manifest is too large. Nothing was imported.',
  unsupported_version: 'The pack uses a newer format (version {{version}}). Update Cabina to open it.',
  bad_signature: 'The pack signature is not valid: it may have been altered. Nothing was imported.',
  untrusted: 'The publisher "{{publisher}}" is not in your trusted list. Check its fingerprint and accept it to import.',
  disk_space: 'There is not enough disk space to import the pack.',
  nothing_to_build: 'Choose at least one segment and one format to build the pack.',
  compressed_audio: 'The audio "{{entry}}" is compressed inside the pack, and a Cabina pack stores audio uncompressed. Nothing was imported.',
  changed: 'The pack file changed since you opened it. Open it again. Nothing was imported.',
} satisfies LocaleTree<typeof esPackErrors>;
export const enKeyErrors = {
  bad_public_key: 'The file is not an ed25519 public key in PEM format.',
} satisfies LocaleTree<typeof esKeyErrors>;
export const enFeedErrors = {
  unreachable: 'Could not read the feed "{{url}}". It will be retried when online.',
  bad_feed: '"{{url}}" is not a valid pack feed.',
} satisfies LocaleTree<typeof esFeedErrors>;
