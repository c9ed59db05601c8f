// Startfoto definition (questionnaires/*.json format) → SurveyJS JSON, and an answers file → SurveyJS data.
// Names lose their dots ("rw.afbakening" → "rw_afbakening"): SurveyJS reads a dot in {a.b} as a path, which is
// exactly how a matrix row is addressed ({matrix.row}).

import { FunctionFactory } from "survey-core";

// XLSForm functions SurveyJS lacks, registered the way SurveyJS documents custom functions.
FunctionFactory.Instance.register("countSelected", ([v]) => (Array.isArray(v) ? v.length : v ? 1 : 0));
FunctionFactory.Instance.register("stringLength", ([v]) => (v === undefined || v === null ? 0 : String(v).length));

const choiceTypes = { singleChoice: "radiogroup", maturity: "radiogroup", yesPartlyNo: "radiogroup", multipleChoice: "checkbox" };

export const name = (key) => key.replaceAll(".", "_");

/** Every answerable key → the SurveyJS path an expression reads it by. */
export function paths(definition) {
  const result = new Map();
  for (const section of definition.sections)
    for (const q of section.questions) {
      if (q.type === "matrix") for (const row of q.rows) result.set(`${q.key}.${row.key}`, `${name(q.key)}.${row.key}`);
      else result.set(q.key, name(q.key));
    }
  return result;
}

/** An XLSForm-style expression in SurveyJS syntax; '.' is the answer the expression belongs to. */
export function expression(source, self, keys) {
  if (!source) return undefined;
  const refs = [];
  let out = source.replace(/\$\{([^}]+)\}/g, (_, key) => `@${refs.push(key) - 1}@`);
  if (self) out = out.replace(/(?<![\w.@])\.(?![\w.])/g, () => `@${refs.push(self) - 1}@`);
  out = out
    .replace(/\bselected\(\s*(@\d+@)\s*,\s*('[^']*')\s*\)/g, "($1 contains $2)")
    .replace(/\bif\(/g, "iif(")
    .replace(/\bcount-selected\(/g, "countSelected(")
    .replace(/\bstring-length\(/g, "stringLength(")
    .replace(/\s+div\s+/g, " / ")
    .replace(/\s+mod\s+/g, " % ");
  return out.replace(/@(\d+)@/g, (_, i) => {
    const path = keys.get(refs[i]);
    if (!path) throw new Error(`unknown reference ${refs[i]} in ${source}`);
    return `{${path}}`;
  });
}

function choices(q, optionSets) {
  const options = typeof q.options === "string" ? optionSets[q.options] : q.options ?? [];
  const values = options.map((o) => ({ value: o.value, text: o.label }));
  if (q.notApplicable) values.push({ value: "nvt", text: "n.v.t." });
  if (q.dontKnow) values.push({ value: "weet_niet", text: "weet niet" });
  return values;
}

// SurveyJS's numeric validator rejects "nvt" and "weet_niet"; with those offered, the range is an expression.
function range(q) {
  if (!q.notApplicable && !q.dontKnow) return { type: "numeric", minValue: q.min, maxValue: q.max };
  const v = `{${name(q.key)}}`;
  const bounds = [q.min !== undefined && `${v} >= ${q.min}`, q.max !== undefined && `${v} <= ${q.max}`].filter(Boolean).join(" and ");
  return { type: "expression", expression: `${v} = 'nvt' or ${v} = 'weet_niet' or (${bounds})`, text: "buiten bereik" };
}

function element(q, optionSets, keys) {
  const e = { name: name(q.key), title: q.label ?? q.key };
  if (q.required) e.isRequired = true;
  if (q.visibleWhen) e.visibleIf = expression(q.visibleWhen, null, keys);
  const validators = [];
  if (q.type in choiceTypes) Object.assign(e, { type: choiceTypes[q.type], choices: choices(q, optionSets) });
  else if (q.type === "matrix")
    Object.assign(e, { type: "matrix", columns: choices(q, optionSets), rows: q.rows.map((r) => ({ value: r.key, text: r.label })) });
  else if (q.type === "number" || q.type === "percentage") {
    Object.assign(e, { type: "text", inputType: "number" });
    if (q.min !== undefined || q.max !== undefined) validators.push(range(q));
  } else if (q.type === "calculated") Object.assign(e, { type: "expression", expression: expression(q.calculation, q.key, keys) });
  else if (q.type === "date") Object.assign(e, { type: "text", inputType: "date" });
  else e.type = q.type === "longText" ? "comment" : "text";
  if (q.constraint)
    validators.push({ type: "expression", expression: expression(q.constraint, q.key, keys), text: q.constraintMessage ?? "ongeldig" });
  if (validators.length) e.validators = validators;
  return e;
}

export function toSurveyJs(definition) {
  const keys = paths(definition);
  const optionSets = definition.optionSets ?? {};
  return {
    title: definition.title,
    pages: definition.sections.map((s) => ({
      name: name(s.key),
      visibleIf: expression(s.visibleWhen, null, keys),
      elements: s.questions.map((q) => element(q, optionSets, keys)),
    })),
  };
}

export function toSurveyData(definition, answers) {
  const matrices = new Set(definition.sections.flatMap((s) => s.questions).filter((q) => q.type === "matrix").map((q) => q.key));
  const data = {};
  for (const [key, value] of Object.entries(answers.answers)) {
    if (value === null) continue;
    const dot = key.lastIndexOf(".");
    if (dot > 0 && matrices.has(key.slice(0, dot))) (data[name(key.slice(0, dot))] ??= {})[key.slice(dot + 1)] = value;
    else data[name(key)] = value;
  }
  return data;
}
