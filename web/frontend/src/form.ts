// Form fields generated from a strategy's parameter schema, checked in the browser with the same rules (and the
// same wording) as the server's ParamSpec.parse, which checks them again.
import { h } from './dom';
import type { ParamSpec } from './types';

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
