import type { LocaleTree } from '../locale-types.ts';
import type { esInputErrors } from '../es/input-errors.ts';

export const enInputErrors = {
  unknown_option: 'There is no option “{{field}}”. Type cabina --help to see the options.',
  missing_value: '“{{field}}” needs a value. Write it after the option; a value starting with “-” is joined with “=”, for example {{field}}=-18.',
  no_value: 'The option “{{field}}” takes no value; remove “={{value}}”.',
  missing: '{{field}} is missing. Type cabina --help to see the usage.',
  not_a_number: '“{{value}}” is not a number for {{field}} (for example: {{field}} -18).',
  one_of: '“{{value}}” is not valid for {{field}}; use {{allowed}}.',
  invalid_type: '“{{field}}” is missing or has the wrong type.',
  too_small: '“{{field}}” is too short or too small.',
  too_big: '“{{field}}” is too long or too large.',
  invalid_format: '“{{field}}” does not have the expected format.',
  invalid_value: '“{{field}}” is not one of the allowed values.',
  unrecognized_keys: '“{{field}}” has fields Cabina does not know.',
  invalid_union: '“{{field}}” matches none of the allowed shapes.',
  custom: '“{{field}}” is not valid.',
} satisfies LocaleTree<typeof esInputErrors>;
