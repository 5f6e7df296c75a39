// Form fields generated from a strategy's parameter schema, checked in the browser with the same rules (and the
// same wording) as the server's ParamSpec.parse, which checks them again.
import { h } from './dom';
import type { ParamSpec, Settings, SettingSpec } from './types';

export interface Field {
  readonly name: string;
  readonly element: HTMLElement;
  value(): string;
  /** The problem with the current value, or null; also shown next to the field. */
  validate(): string | null;
}

function bound(x: number | null, type: ParamSpec['type']): string {
  if (x === null) return '';
  return type === 'INT' || Number.isInteger(x) ? String(Math.trunc(x)) : String(x);
}

function rangeText(spec: ParamSpec): string {
  const lo = spec.min !== null ? bound(spec.min, spec.type) : null;
  const hi = spec.max !== null ? bound(spec.max, spec.type) : null;
  if (lo !== null && hi !== null) return ` between ${lo} and ${hi}`;
  if (lo !== null) return ` >= ${lo}`;
  if (hi !== null) return ` <= ${hi}`;
  return '';
}

/** The error message for a value of {@code spec}, or null if it is valid. */
export function checkParam(spec: ParamSpec, text: string): string | null {
  const v = text.trim();
  const fail = (expected: string) => `parameter '${spec.name}': expected ${expected}, got '${text}'`;
  switch (spec.type) {
    case 'INT': {
      if (!/^[+-]?\d+$/.test(v)) return fail(`an integer${rangeText(spec)}`);
      const x = Number(v);
      if ((spec.min !== null && x < spec.min) || (spec.max !== null && x > spec.max)) return fail(`an integer${rangeText(spec)}`);
      return null;
    }
    case 'DOUBLE': {
      const x = v === '' ? NaN : Number(v);
      if (!Number.isFinite(x) || (spec.min !== null && x < spec.min) || (spec.max !== null && x > spec.max)) {
        return fail(`a number${rangeText(spec)}`);
      }
      return null;
    }
    case 'BOOLEAN':
      return v === 'true' || v === 'false' ? null : fail('true or false');
    case 'CHOICE':
      return spec.choices.some(c => c.toLowerCase() === v.toLowerCase()) ? null : fail(`one of ${spec.choices.join(', ')}`);
  }
}

export function paramField(spec: ParamSpec, initial: string | undefined): Field {
  const id = `param-${spec.name}`;
  const message = h('div.field-error', { id: `${id}-error`, role: 'alert' });
  let input: HTMLInputElement | HTMLSelectElement;
  const start = initial ?? spec.default_value;
  switch (spec.type) {
    case 'BOOLEAN':
      input = h('input', { type: 'checkbox', id, name: spec.name, checked: start === 'true' });
      break;
    case 'CHOICE':
      input = h('select', { id, name: spec.name }, spec.choices.map(c => h('option', { value: c, selected: c === start }, c)));
      break;
    default:
      input = h('input', {
        type: 'number', id, name: spec.name, value: start, required: true,
        step: spec.type === 'INT' ? 1 : 'any', min: spec.min ?? undefined, max: spec.max ?? undefined,
        inputmode: spec.type === 'INT' ? 'numeric' : 'decimal',
      });
  }
  const value = () => input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value;
  const validate = () => {
    // A number input holding text that is not a number reports '' as its value: treat it as that.
    const bad = input instanceof HTMLInputElement && input.validity.badInput;
    const problem = bad ? checkParam(spec, 'not a number') : checkParam(spec, value());
    message.textContent = problem ?? '';
    input.setAttribute('aria-invalid', String(problem !== null));
    if ('setCustomValidity' in input) input.setCustomValidity(problem ?? '');
    return problem;
  };
  input.addEventListener('input', validate);
  input.addEventListener('change', validate);
  const hint = `${spec.type.toLowerCase()}${rangeText(spec)}; default ${spec.default_value}`;
  const element = h('div.field', { 'data-param': spec.name },
    h('label', { for: id }, spec.name),
    input,
    h('div.hint', {}, spec.description ? `${spec.description} (${hint})` : hint),
    message);
  return { name: spec.name, element, value, validate };
}

/** A labelled number input for run settings, checked against [min, max]. */
export function numberField(name: string, label: string, value: number, min: number, max: number, hint: string): Field {
  const id = `run-${name}`;
  const message = h('div.field-error', { id: `${id}-error`, role: 'alert' });
  const input = h('input', { type: 'number', id, name, value, min, max, step: 'any', required: true });
  const validate = () => {
    const x = input.value.trim() === '' ? NaN : Number(input.value);
    const problem = Number.isFinite(x) && x >= min && x <= max ? null : `${label}: expected a number between ${min} and ${max}`;
    message.textContent = problem ?? '';
    input.setCustomValidity(problem ?? '');
    input.setAttribute('aria-invalid', String(problem !== null));
    return problem;
  };
  input.addEventListener('input', validate);
  return {
    name, value: () => input.value, validate,
    element: h('div.field', {}, h('label', { for: id }, label), input, h('div.hint', {}, hint), message),
  };
}

export function selectField(name: string, label: string, options: [string, string][], value: string): Field {
  const id = `run-${name}`;
  const select = h('select', { id, name }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  return {
    name, value: () => select.value, validate: () => null,
    element: h('div.field', {}, h('label', { for: id }, label), select),
  };
}

/** The value at a dotted path of a settings object, or undefined. */
export function getPath(o: Settings, key: string): unknown {
  let v: unknown = o;
  for (const part of key.split('.')) v = v !== null && typeof v === 'object' ? (v as Settings)[part] : undefined;
  return v;
}

/** Sets the value at a dotted path, creating objects on the way. */
export function setPath(o: Settings, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = o;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Settings;
  }
  cur[parts[parts.length - 1]] = value;
}

/** Every leaf of a settings object as [dotted path, value], arrays kept whole. */
export function leaves(o: Settings, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(...leaves(v as Settings, `${prefix}${k}.`));
    else out.push([`${prefix}${k}`, v]);
  }
  return out;
}

/** A setting's value as the form and the comparison show it. */
export function settingText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

export interface SettingField {
  readonly spec: SettingSpec;
  readonly element: HTMLElement;
  /** The value to send: a number, boolean, text, or null for an empty optional field. */
  value(): unknown;
  validate(): string | null;
}

function settingRange(s: SettingSpec): string {
  if (s.min !== null && s.max !== null && !s.above) return ` between ${s.min} and ${s.max}`;
  const lo = s.min === null ? '' : `${s.above ? ' > ' : ' >= '}${s.min}`;
  const hi = s.max === null ? '' : `${lo ? ' and' : ''} <= ${s.max}`;
  return lo + hi;
}

/** An input for one setting of config.json, checked with the server's rules and wording. */
export function settingField(spec: SettingSpec, initial: unknown): SettingField {
  const id = `set-${spec.key.replace(/\./g, '-')}`;
  const message = h('div.field-error', { id: `${id}-error`, role: 'alert' });
  let input: HTMLInputElement | HTMLSelectElement;
  switch (spec.type) {
    case 'boolean':
      input = h('input', { type: 'checkbox', id, name: spec.key, checked: initial === true });
      break;
    case 'choice': {
      const choices = spec.choices.includes(String(initial)) || initial === null || initial === undefined
        ? spec.choices : [...spec.choices, String(initial)];
      input = h('select', { id, name: spec.key }, choices.map(c => h('option', { value: c, selected: c === initial }, c)));
      break;
    }
    case 'text':
      input = h('input', { type: 'text', id, name: spec.key, value: settingText(initial), placeholder: spec.nullable ? 'empty' : undefined });
      break;
    default:
      input = h('input', {
        type: 'number', id, name: spec.key, value: settingText(initial), step: spec.type === 'int' ? 1 : 'any',
        min: spec.min ?? undefined, max: spec.max ?? undefined, required: !spec.nullable,
        placeholder: spec.nullable ? 'empty' : undefined,
      });
  }
  const value = (): unknown => {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked;
    const text = input.value.trim();
    if (spec.type === 'number' || spec.type === 'int') return text === '' ? null : Number(text);
    if (spec.type === 'text') return text === '' ? null : text;
    return text;
  };
  const validate = (): string | null => {
    let problem: string | null = null;
    if (spec.type === 'number' || spec.type === 'int') {
      const bad = input instanceof HTMLInputElement && input.validity.badInput;
      const x = value() as number | null;
      const expected = `${spec.type === 'int' ? 'an integer' : 'a number'}${settingRange(spec)}`;
      if (bad || (x === null && !spec.nullable)) problem = `${spec.label}: expected ${expected}`;
      else if (x !== null && (!Number.isFinite(x) || (spec.min !== null && (spec.above ? x <= spec.min : x < spec.min))
        || (spec.max !== null && x > spec.max) || (spec.type === 'int' && !Number.isInteger(x)))) {
        problem = `${spec.label}: expected ${expected}, got ${x}`;
      }
    }
    message.textContent = problem ?? '';
    input.setAttribute('aria-invalid', String(problem !== null));
    if ('setCustomValidity' in input) input.setCustomValidity(problem ?? '');
    return problem;
  };
  input.addEventListener('input', validate);
  input.addEventListener('change', validate);
  const element = h('div.field', { 'data-setting': spec.key },
    input.type === 'checkbox'
      ? h('label.check', { for: id }, input, ` ${spec.label}`)
      : [h('label', { for: id }, spec.label), input],
    h('div.hint', {}, spec.hint),
    message);
  return { spec, element, value, validate };
}
