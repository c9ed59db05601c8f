// The SurveyJS peer of ./startfoto bench. For each case (a Startfoto definition and a full answer set, exported by
// the .NET benchmark): build the same form as a SurveyJS model, set the same answers, and time a full re-evaluation:
//   runConditions(): every page/question visibleIf and every expression question (our calculations), which SurveyJS
//                    runs on each value change;
//   validate(false): every required check, numeric range validator and expression validator (our constraints) on
//                    the visible questions, without firing UI callbacks.
// and, as a lower bound, SurveyJS's expression engine alone (expressions.mjs).
// Prints one JSON object on stdout: µs per evaluation (median of timed samples after warm-up), per case.
// Usage: node bench.mjs NAME DEFINITION.json ANSWERS.json [NAME DEFINITION.json ANSWERS.json …]
import { readFileSync } from "node:fs";
import { Model, settings, Version } from "survey-core";
import { toSurveyData, toSurveyJs } from "./convert.mjs";
import { expressionPlan } from "./expressions.mjs";

const warmupMs = 2000, samples = 25, sampleMs = 100;

function time(step) {
  for (const end = performance.now() + warmupMs; performance.now() < end; ) step();
  let n = 1;
  for (let t = 0; t < sampleMs; n *= 2) { const s = performance.now(); for (let i = 0; i < n; i++) step(); t = performance.now() - s; }
  const perOp = [];
  for (let k = 0; k < samples; k++) {
    const s = process.hrtime.bigint();
    for (let i = 0; i < n; i++) step();
    perOp.push(Number(process.hrtime.bigint() - s) / 1000 / n);
  }
  perOp.sort((a, b) => a - b);
  const mean = perOp.reduce((a, b) => a + b, 0) / samples;
  return { medianUs: perOp[samples >> 1], meanUs: mean, minUs: perOp[0], maxUs: perOp[samples - 1], samples, operationsPerSample: n };
}

function runCase(caseName, definitionFile, answersFile) {
  const definition = JSON.parse(readFileSync(definitionFile, "utf8"));
  const model = new Model(toSurveyJs(definition));
  const data = toSurveyData(definition, JSON.parse(readFileSync(answersFile, "utf8")));
  model.data = data;
  const plan = expressionPlan(definition, data);
  model.runConditions();
  const questions = model.getAllQuestions();
  model.validate(true, false);
  const check = {
    questions: questions.length,
    visibleQuestions: questions.filter((q) => q.isVisible && q.isParentVisible).length,
    questionsWithErrors: questions.filter((q) => q.errors.length > 0).length,
    conditions: questions.filter((q) => q.visibleIf).length + model.pages.filter((p) => p.visibleIf).length,
    expressionValidators: questions.flatMap((q) => q.validators).filter((v) => v.getType() === "expressionvalidator").length,
    expressionQuestions: questions.filter((q) => q.getType() === "expression").length,
  };
  return {
    case: caseName,
    ...check,
    full: time(() => { model.runConditions(); model.validate(false, false); }),
    conditionsOnly: time(() => model.runConditions()),
    expressionsOnly: { ...plan.check(), ...time(plan.evaluate) },
  };
}

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) {
  console.error("gebruik: node bench.mjs NAAM DEFINITIE.json ANTWOORDEN.json [...]");
  process.exit(2);
}
const cases = [];
for (let i = 0; i < args.length; i += 3) cases.push(runCase(args[i], args[i + 1], args[i + 2]));
console.log(JSON.stringify({ engine: "survey-core", version: Version, node: process.version, settingsMaxConditionRuns: settings.maxConditionRunCountOnValueChanged, cases }, null, 2));
