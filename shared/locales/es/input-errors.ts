/**
 * `errors.input.<reason>`: why a value was refused (issue #11, req. 12). `reason` comes from the CLI's
 * option parsing or from the first zod issue of a call (its `code`), `field` names the option or path.
 */
export const esInputErrors = {
  unknown_option: 'La opción «{{field}}» no existe. Escribe cabina --help para ver las opciones.',
  missing_value: 'Falta el valor de «{{field}}». Escríbelo después de la opción; un valor que empieza con «-» va unido con «=», por ejemplo {{field}}=-18.',
  no_value: 'La opción «{{field}}» no lleva valor; quita «={{value}}».',
  missing: 'Falta {{field}}. Escribe cabina --help para ver el uso.',
  not_a_number: '«{{value}}» no es un número para {{field}} (ejemplo: {{field}} -18).',
  one_of: '«{{value}}» no vale para {{field}}; usa {{allowed}}.',
  invalid_type: 'Falta «{{field}}» o no tiene el tipo esperado.',
  too_small: '«{{field}}» es demasiado corto o demasiado pequeño.',
  too_big: '«{{field}}» es demasiado largo o demasiado grande.',
  invalid_format: '«{{field}}» no tiene el formato esperado.',
  invalid_value: '«{{field}}» no es uno de los valores permitidos.',
  unrecognized_keys: '«{{field}}» tiene campos que Cabina no conoce.',
  invalid_union: '«{{field}}» no corresponde a ninguna de las formas permitidas.',
  custom: '«{{field}}» no es válido.',
};
