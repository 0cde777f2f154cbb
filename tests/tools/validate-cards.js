#!/usr/bin/env node
// Validates Adaptive Card JSON files the way Teams will treat them: parsed as version 1.5 by the
// adaptivecards SDK (the UMD build, since the package's ESM entry does not load in plain Node).
// A card fails on any parse or validateProperties event, an input without an id, an Action.Execute
// without a verb, or a serialized size over 28 KB (the most conservative Teams message limit).
// Teams' chart elements (Chart.VerticalBar, ...) are unknown to the SDK, which then renders their
// `fallback`: a chart passes only with a fallback element (parsed and checked like any other) and data
// in the shape the Teams charts documentation gives for its type.
//
//   node tests/tools/validate-cards.js [--json] <file-or-directory>...
//
// Exit code: 0 all cards valid, 1 some card invalid, 2 usage or I/O error.
// With --json, stdout is one object: { "<file>": ["error", ...], ... } (an empty array when valid).
'use strict';
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

const MaxCardBytes = 28 * 1024;

// Teams chart types and the shape of one data point (MicrosoftDocs/msteams-docs charts-in-adaptive-cards.md).
const point = (d) => (typeof d.x === 'string' || typeof d.x === 'number') && typeof d.y === 'number';
const slice = (d) => typeof d.legend === 'string' && typeof d.value === 'number';
const series = (d) => typeof d.legend === 'string' && Array.isArray(d.values) && d.values.every(point);
const ChartData = {
  'Chart.VerticalBar': point,
  'Chart.HorizontalBar': point,
  'Chart.Line': series,
  'Chart.VerticalBar.Grouped': series,
  'Chart.Pie': slice,
  'Chart.Donut': slice,
};
const ChartColors = new Set(['good', 'warning', 'attention', 'neutral', 'categoricalRed', 'categoricalPurple',
  'categoricalLavender', 'categoricalBlue', 'categoricalLightBlue', 'categoricalTeal', 'categoricalGreen', 'categoricalLime',
  'categoricalMarigold', 'sequential1', 'sequential2', 'sequential3', 'sequential4', 'sequential5', 'sequential6',
  'sequential7', 'sequential8', 'divergingBlue', 'divergingLightBlue', 'divergingCyan', 'divergingTeal', 'divergingYellow',
  'divergingPeach', 'divergingLightRed', 'divergingRed', 'divergingMaroon', 'divergingGray']);

// The SDK logs a warning on every parse when no markdown processor is set; a pass-through keeps stdout clean.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };

function validateCard(json, text) {
  const errors = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MaxCardBytes) errors.push(`size: ${bytes} bytes is over the ${MaxCardBytes}-byte limit`);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return [...errors, 'card: not a JSON object'];
  if (json.version !== '1.5') errors.push(`card: version must be "1.5", got ${JSON.stringify(json.version)}`);

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  try {
    card.parse(json, context);
  } catch (e) {
    return [...errors, `parse: threw ${e && e.message}`];
  }
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    // A chart is unknown to the SDK by design; walk() checks it has a fallback and well-formed data.
    if (e.event === AC.ValidationEvent.UnknownElementType && Object.keys(ChartData).some(t => e.message.includes(`"${t}"`))) continue;
    errors.push(`parse [${AC.ValidationEvent[e.event]}] ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    const source = e.source && e.source.getJsonTypeName ? e.source.getJsonTypeName() : '?';
    errors.push(`validate [${AC.ValidationEvent[e.event]}] ${source}: ${e.message}`);
  }
  walk(json, '$', errors);
  return errors;
}

// Structural checks over the raw JSON, so inputs and actions inside ShowCards, selectActions,
// fallbacks and the refresh action are covered whatever the SDK does with them.
function walk(node, where, errors) {
  if (Array.isArray(node)) { node.forEach((child, i) => walk(child, `${where}[${i}]`, errors)); return; }
  if (node === null || typeof node !== 'object') return;
  const type = typeof node.type === 'string' ? node.type : '';
  if (type.startsWith('Input.') && !nonEmpty(node.id)) errors.push(`input: ${type} at ${where} has no id`);
  if (type === 'Action.Execute' && !nonEmpty(node.verb)) errors.push(`action: Action.Execute at ${where} has no verb`);
  if (type.startsWith('Chart.')) checkChart(node, type, where, errors);
  for (const [key, value] of Object.entries(node)) {
    // Action data is the bot's own payload, not card structure.
    if (key === 'data' && type.startsWith('Action.')) continue;
    walk(value, `${where}.${key}`, errors);
  }
}

function checkChart(node, type, where, errors) {
  const valid = ChartData[type];
  if (!valid) { errors.push(`chart: ${type} at ${where} is not a Teams chart type`); return; }
  if (node.fallback === null || typeof node.fallback !== 'object' || typeof node.fallback.type !== 'string')
    errors.push(`chart: ${type} at ${where} has no fallback element for clients without charts`);
  if (!Array.isArray(node.data) || node.data.length === 0) errors.push(`chart: ${type} at ${where} has no data`);
  else node.data.forEach((d, i) => {
    if (d === null || typeof d !== 'object' || !valid(d)) errors.push(`chart: ${type} at ${where}.data[${i}] is not a data point of this chart type`);
    else if (d.color !== undefined && !ChartColors.has(d.color)) errors.push(`chart: ${type} at ${where}.data[${i}] has an unknown color '${d.color}'`);
  });
  for (const key of ['title', 'xAxisTitle', 'yAxisTitle'])
    if (node[key] !== undefined && typeof node[key] !== 'string') errors.push(`chart: ${type} at ${where}.${key} must be a string`);
  if (node.color !== undefined && !ChartColors.has(node.color)) errors.push(`chart: ${type} at ${where} has an unknown color '${node.color}'`);
}

function nonEmpty(value) { return typeof value === 'string' && value.trim().length > 0; }

function filesOf(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs.readdirSync(target).filter(f => f.endsWith('.json')).sort().map(f => path.join(target, f));
}

function main(argv) {
  const asJson = argv.includes('--json');
  const targets = argv.filter(a => a !== '--json');
  if (targets.length === 0) {
    process.stderr.write('usage: validate-cards.js [--json] <file-or-directory>...\n');
    return 2;
  }
  const results = {};
  try {
    for (const file of targets.flatMap(filesOf)) {
      const text = fs.readFileSync(file, 'utf8');
      let json;
      try { json = JSON.parse(text); } catch (e) { results[file] = [`json: ${e.message}`]; continue; }
      results[file] = validateCard(json, text);
    }
  } catch (e) {
    process.stderr.write(`validate-cards: ${e.message}\n`);
    return 2;
  }
  if (asJson) {
    process.stdout.write(JSON.stringify(results));
  } else {
    for (const [file, errors] of Object.entries(results)) {
      process.stdout.write(`== ${file}: ${errors.length === 0 ? 'OK' : errors.length + ' issue(s)'}\n`);
      for (const error of errors) process.stdout.write(`  ${error}\n`);
    }
  }
  return Object.values(results).some(e => e.length > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
