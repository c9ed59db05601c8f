// SurveyJS's expression engine alone, without the survey model: one ConditionRunner or ExpressionRunner per
// condition, constraint and calculation, run in definition order over one values object that is updated in place.
// Hidden questions read as empty (ODK relevance, as our engine does), required and min/max are checked by hand.
// This is the least work SurveyJS's engine can do for a full evaluation: a lower bound for any SurveyJS form.
import { ConditionRunner, ExpressionRunner } from "survey-core";
import { expression, name, paths } from "./convert.mjs";

const empty = (v) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

export function expressionPlan(definition, data) {
  const keys = paths(definition);
  const values = { ...data };
  const sections = definition.sections.map((s) => ({
    condition: s.visibleWhen ? new ConditionRunner(expression(s.visibleWhen, null, keys)) : null,
    questions: s.questions.map((q) => ({
      name: name(q.key),
      stored: data[name(q.key)],
      required: !!q.required,
      min: q.min, max: q.max,
      special: (v) => (q.notApplicable && v === "nvt") || (q.dontKnow && v === "weet_niet"),
      condition: q.visibleWhen ? new ConditionRunner(expression(q.visibleWhen, null, keys)) : null,
      calculation: q.calculation ? new ExpressionRunner(expression(q.calculation, q.key, keys)) : null,
      constraint: q.constraint ? new ConditionRunner(expression(q.constraint, q.key, keys)) : null,
      visible: true,
      error: false,
    })),
  }));
  const questions = sections.flatMap((s) => s.questions);

  function evaluate() {
    for (const s of sections) {
      const sectionVisible = !s.condition || s.condition.runValues(values);
      for (const q of s.questions) {
        q.visible = sectionVisible && (!q.condition || q.condition.runValues(values));
        const value = q.calculation ? q.calculation.runValues(values) : q.stored;
        values[q.name] = q.visible ? value : undefined;
      }
    }
    for (const q of questions) {
      const v = values[q.name];
      q.error = q.visible && !q.calculation && (empty(v) ? q.required
        : !q.special(v) && ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)
          || (q.constraint !== null && !q.constraint.runValues(values))));
    }
  }

  return {
    evaluate,
    check() {
      evaluate();
      return { visibleQuestions: questions.filter((q) => q.visible).length, questionsWithErrors: questions.filter((q) => q.error).length };
    },
  };
}
