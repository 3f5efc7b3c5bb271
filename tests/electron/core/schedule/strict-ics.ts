/** A strict RFC 5545 reader for what we export: CRLF, folding ≤ 75 octets, nesting, TZID references. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  type: string;
  props: IcsProperty[];
  children: IcsComponent[];
}

export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) throw new Error('ics: lines must end in CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) if (Buffer.byteLength(l) > 75) throw new Error(`ics: line over 75 octets: ${l}`);
  const lines: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') || l.startsWith('\t')) {
      if (lines.length === 0) throw new Error('ics: continuation first');
      lines[lines.length - 1] += l.slice(1);
    } else lines.push(l);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=[^;:]+)*):(.*)$/.exec(line);
    if (!m) throw new Error(`ics: bad content line ${line}`);
    const [, name = '', rawParams = '', value = ''] = m;
    const params: Record<string, string> = {};
    for (const p of rawParams.split(';').slice(1)) {
      const [k = '', v = ''] = p.split('=');
      params[k] = v;
    }
    if (name === 'BEGIN') {
      const c: IcsComponent = { type: value, props: [], children: [] };
      stack.at(-1)?.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      const c = stack.pop();
      if (c?.type !== value) throw new Error(`ics: END:${value} does not close ${c?.type}`);
      if (stack.length === 0) root = c;
    } else {
      const top = stack.at(-1);
      if (!top) throw new Error('ics: property outside a component');
      top.props.push({ name, params, value });
    }
  }
  if (!root || stack.length > 0 || root.type !== 'VCALENDAR') throw new Error('ics: not one closed VCALENDAR');
  const one = (c: IcsComponent, n: string) => c.props.filter((p) => p.name === n);
  if (one(root, 'VERSION')[0]?.value !== '2.0' || one(root, 'PRODID').length !== 1) throw new Error('ics: VERSION 2.0 and PRODID required');
  const zones = new Set(root.children.filter((c) => c.type === 'VTIMEZONE').map((c) => one(c, 'TZID')[0]?.value));
  for (const z of root.children.filter((c) => c.type === 'VTIMEZONE')) {
    if (z.children.length === 0) throw new Error('ics: VTIMEZONE needs STANDARD or DAYLIGHT');
    for (const part of z.children) for (const n of ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO']) if (one(part, n).length !== 1) throw new Error(`ics: ${part.type} needs ${n}`);
  }
  for (const e of root.children.filter((c) => c.type === 'VEVENT')) {
    for (const n of ['UID', 'DTSTAMP', 'DTSTART']) if (one(e, n).length !== 1) throw new Error(`ics: VEVENT needs one ${n}`);
    if (!/^\d{8}T\d{6}Z$/.test(one(e, 'DTSTAMP')[0]?.value ?? '')) throw new Error('ics: DTSTAMP must be UTC');
    for (const p of e.props) {
      if (p.params.TZID !== undefined) {
        if (!zones.has(p.params.TZID)) throw new Error(`ics: TZID ${p.params.TZID} has no VTIMEZONE`);
        if (!/^\d{8}T\d{6}$/.test(p.value)) throw new Error(`ics: ${p.name} with TZID must be local time`);
      }
    }
    for (const r of one(e, 'RRULE')) if (!/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/.test(r.value)) throw new Error(`ics: bad RRULE ${r.value}`);
  }
  return root;
}
