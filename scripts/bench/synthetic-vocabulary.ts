import type { LanguageEntry, StateEntry, TopicEntry } from '../../shared/domain/catalog.ts';

/**
 * Word material for the synthetic library: the vocabulary of safe-migration radio segments
 * (labor rights, wages, recruiters, trafficking, journeys), so the FTS index has realistic term
 * frequencies — a few very common words ("trabajo", "derechos") and a long tail.
 */

const lang = (code: string, nameEs: string, nameEn: string, group: string, autonym: string | null, states: string[]): LanguageEntry => ({
  code,
  nameEs,
  nameEn,
  family: 'Oto-mangue',
  group,
  autonym,
  states,
});

export const LANGUAGES: LanguageEntry[] = [
  lang('spa', 'Español', 'Spanish', 'Español', null, []),
  lang('xty', 'Mixteco de Yoloxóchitl', 'Yoloxóchitl Mixtec', 'Mixteco', "Tu'un savi", ['12']),
  lang('mix', 'Mixteco de Mixtepec', 'Mixtepec Mixtec', 'Mixteco', "Tu'un savi", ['20']),
  lang('zai', 'Zapoteco del Istmo', 'Isthmus Zapotec', 'Zapoteco', 'Diidxazá', ['20']),
  lang('ngu', 'Náhuatl de Guerrero', 'Guerrero Nahuatl', 'Náhuatl', 'Mexicano', ['12']),
  lang('tcf', 'Me’phaa de Malinaltepec', 'Malinaltepec Me’phaa', "Tlapaneco", "Me'phaa", ['12']),
  lang('trc', 'Triqui de Copala', 'Copala Triqui', 'Triqui', "Xnánj nu'a", ['20']),
  lang('mau', 'Mazateco de Huautla', 'Huautla Mazatec', 'Mazateco', 'En ngixo', ['20']),
  lang('amu', 'Amuzgo de Guerrero', 'Guerrero Amuzgo', 'Amuzgo', "Ñomndaa", ['12']),
  lang('tzo', 'Tsotsil', 'Tzotzil', 'Tsotsil', "Bats'i k'op", ['07']),
  lang('tzh', 'Tseltal', 'Tzeltal', 'Tseltal', "Bats'il k'op", ['07']),
  lang('maa', 'Mazateco de San Jerónimo', 'San Jerónimo Mazatec', 'Mazateco', 'En naxinanda', ['20']),
  lang('otq', 'Otomí de Querétaro', 'Querétaro Otomi', 'Otomí', 'Hñäñho', ['22']),
  lang('pua', 'Purépecha', 'Purepecha', 'Tarasco', "P'urhépecha", ['16']),
  lang('yua', 'Maya', 'Yucatec Maya', 'Maya', "Maaya t'aan", ['31']),
  lang('mto', 'Mixe de Totontepec', 'Totontepec Mixe', 'Mixe', 'Ayöök', ['20']),
  lang('ote', 'Otomí del Valle del Mezquital', 'Mezquital Otomi', 'Otomí', 'Hñähñu', ['13']),
  lang('tar', 'Rarámuri', 'Central Tarahumara', 'Tarahumara', 'Rarámuri', ['08']),
  lang('cta', 'Chatino de Tataltepec', 'Tataltepec Chatino', 'Chatino', "Cha'cña", ['20']),
  lang('hch', 'Wixárika', 'Huichol', 'Huichol', 'Wixárika', ['18']),
];

const STATE_NAMES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Coahuila', 'Colima', 'Chiapas',
  'Chihuahua', 'Ciudad de México', 'Durango', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco', 'México',
  'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro', 'Quintana Roo',
  'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Zacatecas',
];

export const STATES: StateEntry[] = STATE_NAMES.map((name, i) => ({
  code: String(i + 1).padStart(2, '0'),
  name,
  abbreviation: name.slice(0, 3).toUpperCase(),
  migrationRole: 'both',
}));

const topic = (id: string, nameEs: string, nameEn: string): TopicEntry => ({ id, nameEs, nameEn, descriptionEs: '', descriptionEn: '' });

export const TOPICS: TopicEntry[] = [
  topic('labor-rights', 'Derechos laborales', 'Labor rights'),
  topic('recruitment', 'Reclutamiento y enganchadores', 'Recruitment and labor brokers'),
  topic('trafficking', 'Señales de trata', 'Signs of trafficking'),
  topic('wages', 'Salarios y salario mínimo', 'Wages and minimum wage'),
  topic('contracts', 'Contratos y seguridad social', 'Contracts and social security'),
  topic('gender-pay', 'Igualdad salarial', 'Gender pay equality'),
  topic('education', 'Educación de niñas y niños', "Children's education"),
  topic('health', 'Atención a la salud', 'Health care'),
  topic('journey-safety', 'Seguridad en el camino', 'Safety on the journey'),
  topic('inspections', 'Inspecciones laborales', 'Labor inspections'),
  topic('housing', 'Vivienda en los campos', 'Housing in the camps'),
  topic('h2a-visas', 'Visas de trabajo temporal', 'Temporary work visas'),
];

export const TITLE_TEMPLATES = [
  'Tus derechos como {worker} en {state}',
  '¿Te ofrecieron trabajo en {state}? Antes de salir, pregunta',
  'Salario mínimo {year}: lo que te deben pagar',
  'Cuidado con los enganchadores que prometen {promise}',
  'Señales de trata en los campos de {crop}',
  'El contrato por escrito te protege',
  'Seguro social para {workers}',
  'Viaja seguro: consejos para el camino a {state}',
  'Niñas y niños en la escuela, no en el surco',
  'Igual trabajo, igual salario para las {women}',
  'La inspección del trabajo llega a {place}',
  'Cápsula {n}: {worker} y la cosecha de {crop}',
  'Migración segura desde {state}',
  'Visas de trabajo temporal: trámite gratuito',
  'Mensaje en {language}: {indigenous}',
];

export const SENTENCES = [
  'Si trabajas en la cosecha de {crop}, tienes derecho a un salario justo y a un día de descanso.',
  'Ningún enganchador puede cobrarte por conseguirte trabajo ni quedarse con tus documentos.',
  'El salario mínimo en {year} subió; pregunta cuánto te deben pagar por jornada.',
  'Antes de subir al autobús, pide el nombre de la empresa, la dirección del campo y un teléfono.',
  'Si te prometen {promise} y luego te cobran deudas que nunca acaban, puede ser trata de personas.',
  'Guarda una copia de tu credencial y de tu contrato con alguien de confianza en {state}.',
  'Las mujeres jornaleras tienen derecho a recibir el mismo pago que los hombres.',
  'La Inspección Federal del Trabajo puede visitar el campo si denuncias abusos.',
  'Tienes derecho a agua potable, sombra y baños limpios durante la jornada.',
  'El patrón debe inscribirte en el Seguro Social desde el primer día de trabajo.',
  'Las niñas y los niños deben ir a la escuela; el trabajo infantil está prohibido.',
  'Si te enfermas en el campo, tienes derecho a atención médica gratuita.',
  'En el camino, viaja acompañado y avisa a tu familia dónde estás.',
  'Nadie puede encerrarte en el albergue ni impedirte regresar a tu comunidad.',
  'Los reclutadores honestos no piden dinero por adelantado.',
  'Para las visas de trabajo temporal, el trámite es gratuito; desconfía de quien te cobre.',
  'Llama a la línea de ayuda si tu patrón no te paga las horas extra.',
  'En {place}, la radio comunitaria te acompaña con información en tu lengua.',
  'Escucha este mensaje en {language} y compártelo con tu familia.',
  "Ja'a {indigenous}, kuu n'aa tu'un ñu'u sa'a.",
  "Ña'a ku'va, {indigenous} xa'a chi'i.",
  'Los jornaleros de {crop} organizaron una asamblea para exigir pagos completos.',
  'Pide siempre recibo de nómina; es la prueba de lo que trabajaste.',
  'Si tu contrato está en un idioma que no entiendes, tienes derecho a un intérprete.',
  'Las agencias de colocación deben estar registradas ante la Secretaría del Trabajo.',
  'La vivienda en el campo debe ser digna, segura y sin costo abusivo.',
  'Si alguien retiene tu pasaporte, acude a la autoridad o a la radio.',
  'El pago debe ser en efectivo o depósito, nunca solo en vales de la tienda de raya.',
  'Doña {name} cuenta cómo fue su primera temporada en {place}.',
  'Don {name} recuerda que el camión salió de noche y nadie sabía a dónde iban.',
  'Hoy platicamos con una abogada sobre las deudas que inventan los contratistas.',
  'La cuadrilla de {crop} trabaja de seis de la mañana a tres de la tarde.',
  'Si te lastimas con la herramienta, el patrón debe pagar la incapacidad.',
  'Los pesticidas pueden dañar tu salud; pide equipo de protección.',
  'Las embarazadas no deben cargar bultos pesados ni fumigar.',
  'El transporte al campo debe ser seguro y tener asientos para todos.',
  'Nadie te puede obligar a firmar una hoja en blanco.',
  'Anota en un cuaderno los días y las horas que trabajas.',
  'El aguinaldo se paga antes del veinte de diciembre.',
  'Los niños tienen derecho a la guardería y a la escuela del campamento.',
  'La procuraduría de la defensa del trabajo da asesoría gratuita.',
  'Si te despiden sin razón, puedes reclamar tu liquidación.',
  'La tarjeta de visitante trabajador permite laborar en la frontera sur.',
  'Muchas familias de la Montaña salen cada año rumbo a los campos del norte.',
  'En el albergue de {place} hay médico los martes y jueves.',
  'La organización de jornaleras ofrece talleres sobre acoso sexual.',
  'El acoso en el trabajo es un delito; puedes denunciarlo.',
  'Pregunta en la presidencia municipal si el reclutador tiene permiso.',
  'Con la reforma laboral, los sindicatos deben consultar a los trabajadores.',
  'Cuida tu dinero: usa una cuenta bancaria y no cargues efectivo en el viaje.',
  'Las remesas llegan más seguras por bancos o cooperativas.',
  'El calor extremo en los surcos puede causar golpe de calor.',
  'Toma agua cada media hora y descansa en la sombra.',
  'Si no te dejan salir del campo, llama al 911 o al 089.',
  'Las mujeres cortadoras de {crop} ganan por caja, no por jornada.',
  'El contratista prometió pagar {promise}, pero nunca cumplió.',
  'Escucha las cápsulas de Radio {place} en español y en {language}.',
];

export const FILLERS: Record<string, string[]> = {
  worker: ['jornalero agrícola', 'jornalera', 'cortador de caña', 'trabajadora del hogar', 'empacador', 'albañil'],
  workers: ['jornaleros', 'trabajadoras del campo', 'familias migrantes', 'cortadores'],
  women: ['mujeres jornaleras', 'trabajadoras', 'mujeres indígenas'],
  promise: ['buen sueldo', 'casa y comida', 'papeles para el norte', 'trabajo seguro', 'pago por adelantado'],
  crop: ['jitomate', 'fresa', 'arándano', 'chile', 'pepino', 'uva', 'caña', 'café', 'espárrago', 'zarzamora'],
  place: ['San Quintín', 'Villa Juárez', 'Culiacán', 'Ensenada', 'Hermosillo', 'Tlapa', 'Huajuapan', 'Juxtlahuaca', 'Tapachula'],
  year: ['2024', '2025', '2026'],
  name: ['Juana', 'Macaria', 'Eufemia', 'Rosalía', 'Tomás', 'Crispín', 'Aurelio', 'Florentina', 'Isidro', 'Petra'],
  n: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  indigenous: ["n'aa", "ñu'u savi", "tu'un", "xa'a", "sa'a", "ja'an", "k'op", "ts'ib", "ch'ul", "me'phaa", "ndá'a"],
};
