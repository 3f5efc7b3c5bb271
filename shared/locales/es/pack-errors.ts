/** Error sentences for packs (issue #6): `errors.pack.<code>`, `errors.key.<code>`, `errors.feed.<code>`. Nothing was written in any of these cases. */
export const esPackErrors = {
  not_a_pack: 'El archivo no es un paquete de Cabina. No se importó nada.',
  unsafe_name: 'El paquete contiene un nombre de archivo peligroso («{{entry}}»). No se importó nada.',
  symlink: 'El paquete contiene un enlace simbólico («{{entry}}»). No se importó nada.',
  duplicate_entry: 'El paquete contiene dos archivos llamados «{{entry}}». No se importó nada.',
  too_many_entries: 'El paquete contiene demasiados archivos. No se importó nada.',
  unlisted_entry: 'El paquete contiene un archivo que su lista no menciona («{{entry}}»). No se importó nada.',
  size_mismatch: 'El tamaño de «{{entry}}» no coincide con la lista del paquete. No se importó nada.',
  hash_mismatch: 'El contenido de «{{entry}}» fue alterado o está dañado. No se importó nada.',
  missing_file: 'Falta «{{entry}}» en el paquete. No se importó nada.',
  truncated: 'El paquete está incompleto o dañado (¿se cortó la descarga?). No se importó nada.',
  too_large: 'El paquete es demasiado grande al descomprimirlo. No se importó nada.',
  compression_ratio: 'El paquete está comprimido de forma sospechosa («{{entry}}»). No se importó nada.',
  bad_manifest: 'La lista del paquete (manifest.json) no es válida. No se importó nada.',
  manifest_too_large: 'La lista del paquete es demasiado grande. No se importó nada.',
  unsupported_version: 'El paquete usa un formato más nuevo (versión {{version}}). Actualiza Cabina para abrirlo.',
  bad_signature: 'La firma del paquete no es válida: pudo ser alterado. No se importó nada.',
  untrusted: 'La editora «{{publisher}}» no está en tu lista de confianza. Revisa su huella y acéptala para importar.',
  disk_space: 'No hay espacio suficiente en disco para importar el paquete.',
  nothing_to_build: 'Elige al menos un segmento y un formato para armar el paquete.',
  compressed_audio: 'El audio «{{entry}}» viene comprimido dentro del paquete, y un paquete de Cabina guarda el audio sin comprimir. No se importó nada.',
  changed: 'El archivo del paquete cambió desde que lo abriste. Ábrelo de nuevo. No se importó nada.',
};
export const esKeyErrors = {
  bad_public_key: 'El archivo no es una clave pública ed25519 en formato PEM.',
};
export const esFeedErrors = {
  unreachable: 'No se pudo leer el canal «{{url}}». Se volverá a intentar cuando haya conexión.',
  bad_feed: '«{{url}}» no es un canal de paquetes válido.',
};
