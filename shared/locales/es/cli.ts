/** Sentences the `cabina` CLI and the start scripts print (they read this tree, not the renderer). */
export const esCli = {
  electronMissing: 'Electron no está disponible en esta máquina. Usa el modo navegador: npm run web',
  webReady: 'Cabina está lista. Abre esta dirección en el navegador: {{url}}',
  dataDir: 'Carpeta de datos: {{dir}}',
  imported: 'Importado: {{title}}',
  duplicate: 'Ya estaba en la biblioteca: {{title}}',
  found_one: '{{count}} segmento encontrado',
  found_many: '{{count}} de segmentos encontrados',
  found_other: '{{count}} segmentos encontrados',
  unknownCommand: 'Comando desconocido: {{command}}. Escribe «cabina --help» para ver la ayuda.',
};
