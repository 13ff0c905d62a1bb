import { describe, expect, it } from 'vitest';
import { inferDocumentType } from '../../src/evidence/infer-type.js';
import { loadRubric } from '../../src/rubric/load.js';

// The AI-system module of the default rubric (2.2.0): the rules the second reading of 2.1.0 asked
// for (docs/reviews/rubric-2.1.0-second-reading.md, rows 30-43 and section 3).
const loaded = loadRubric();
if (!loaded.ok) throw new Error(loaded.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
const rubric = loaded.value.rubric;
const gate = 'tech-ai-systems';
const module = rubric.questions.filter((q) => q.when?.question === gate);
const byId = (id: string) => rubric.questions.find((q) => q.id === id)!;
const top = (id: string) => {
  const q = byId(id);
  return q.options.reduce((a, b) => (b.score > a.score ? b : a));
};

describe('the AI-system module of the default rubric', () => {
  it('has the thirteen questions the gate opens (the procurement specification is dropped)', () => {
    expect(module.map((q) => q.id).sort()).toEqual(
      [
        'ai-audit', 'ai-bias-testing', 'ai-decision-trace', 'ai-human-decision', 'ai-pilot-evaluation',
        'ai-prohibited-check', 'ai-quality-monitoring', 'ai-risk-classification', 'ai-risk-register',
        'ai-roles', 'ai-security-testing', 'ai-synthetic-labelling', 'ai-user-disclosure',
      ].sort(),
    );
  });

  it('has no lenient recency: a recent check must also follow the latest change', () => {
    for (const q of module) {
      for (const o of q.options) {
        expect(o.label.ru, `${q.id}.${o.id}`).not.toMatch(/12 месяцев или после/);
        expect(o.label.en, `${q.id}.${o.id}`).not.toMatch(/12 months or after/);
      }
    }
    for (const id of ['ai-risk-classification', 'ai-bias-testing', 'ai-prohibited-check', 'ai-security-testing']) {
      const label = top(id).label;
      expect(label.ru, id).toMatch(/после (её )?последнего изменения.* и не более 12 месяцев назад/);
      expect(label.en, id).toMatch(/after the .*latest change.* and not more than 12 months ago/);
    }
  });

  it('adds one condition per step up to a recency top: the rung below already asks for the last 12 months, the top adds the latest change', () => {
    for (const id of ['ai-risk-classification', 'ai-bias-testing', 'ai-prohibited-check', 'ai-security-testing']) {
      const options = byId(id).options;
      const below = options[options.length - 2]!;
      expect(below.label.ru, id).toMatch(/не более 12 месяцев назад/);
      expect(below.label.kk, id).toMatch(/12 айдан аспайтын уақыт бұрын/);
      expect(below.label.en, id).toMatch(/not more than 12 months ago/);
      for (const label of Object.values(below.label)) expect(label, id).not.toMatch(/последнего изменения|соңғы өзгерісінен|latest change/);
      if (below.score >= 0.67) expect(below.recentMonths, id).toBe(12);
      // rung 0 negates rung 1: where rung 1 carries the window, rung 0 says none of that period exists
      if (options[1] === below) expect(options[0]!.label.en, id).toMatch(/in the last 12 months/);
    }
  });

  it('accepts the type of every document its own help, evidence hint or not-applicable text names', () => {
    // Free references as an honest body writes them for the documents each question names.
    const named: Array<[string, string]> = [
      ['ai-quality-monitoring', 'Приказ о запуске пилотного проекта № 7 от 01.03.2026'],
      ['ai-human-decision', 'Справка об анализе случаев несогласия № 4 от 01.03.2026'],
      ['ai-human-decision', 'Приказ о применении системы № 12 от 01.03.2026'],
      ['ai-decision-trace', 'Приказ о применении системы № 12 от 01.03.2026'],
      ['ai-user-disclosure', 'Приказ о применении системы № 12 от 01.03.2026'],
      ['ai-synthetic-labelling', 'Справка пресс-службы № 3 от 01.03.2026'],
    ];
    for (const [id, text] of named) expect(byId(id).evidenceTypes, `${id}: ${text}`).toContain(inferDocumentType(text));
    // A decision, an act of acceptance or transfer, a system's description, an approval sheet: the vocabulary files them under `other`.
    for (const id of ['ai-risk-classification', 'ai-quality-monitoring', 'ai-roles', 'ai-human-decision', 'ai-decision-trace', 'ai-synthetic-labelling', 'ai-bias-testing', 'ai-pilot-evaluation']) {
      expect(byId(id).evidenceTypes, id).toContain('other');
    }
  });

  it('keeps the lower rung inside the top where the second reading found a shortcut', () => {
    expect(top('ai-human-decision').label.ru).toMatch(/итоговое решение по регламенту принимает и подписывает/);
    expect(top('ai-quality-monitoring').label.ru).toMatch(/не реже раза в квартал/);
  });

  it('asks one labelling question and builds its ladder one element at a time: warning, then mark, then a logged check', () => {
    const q = byId('ai-synthetic-labelling');
    expect(q.text.ru).not.toMatch(/ и сопровождает/);
    expect(q.text.en).toBe("Are the synthetic results of AI systems' activity that the body publishes labelled as the Law requires?");
    // the statutory term of art. 1: «синтетические результаты деятельности систем искусственного интеллекта»
    expect(q.text.ru).toContain('синтетические результаты деятельности систем ИИ');
    expect(q.options.map((o) => [o.id, o.score])).toEqual([['none', 0], ['warning', 0.33], ['both', 0.67], ['checked', 1]]);
    for (const o of q.options.slice(1)) expect(o.label.ru, o.id).toMatch(/^Каждый синтетический результат ИИ.* сопровождается (визуальным или иным )?предупреждением/);
    for (const o of q.options.slice(2)) expect(o.label.ru, o.id).toMatch(/машиночитаемую метку/);
    // A lower rung names the next element only as missing ("but not …"), so the rungs exclude each other.
    expect(q.options[1].label.ru.split(', но ')[0]).not.toMatch(/метк/);
    expect(q.options[1].label.ru).toMatch(/, но не каждый из них несёт и машиночитаемую метку\.$/);
    expect(q.options[2].label.ru.split(', но ')[0]).not.toMatch(/журнале проверок/);
    expect(q.options[3].label.ru).toMatch(/журнале проверок/);
    // the help tells how each element is checked: look at the item; the digitalisation unit's export of the published file
    // (a supplier's description of the file the system creates does not show the published file keeps the mark)
    expect(q.help!.en).toMatch(/open the published item/);
    expect(q.help!.en).toMatch(/digitalisation unit's export of the published file's data/);
    expect(q.help!.en).toMatch(/supplier's description .* does not show it/);
    expect(q.evidence!.en).not.toMatch(/supplier/);
    for (const o of q.options.slice(2)) expect(o.recentMonths, o.id).toBe(12);
  });

  it('restates «every result checked» on every rung above it, and no help overrides the choose-the-highest rule', () => {
    const q = byId('ai-human-decision');
    for (const o of q.options.slice(1)) expect(o.label.ru, o.id).toMatch(/проверяет каждый результат системы/);
    for (const o of q.options.slice(1)) expect(o.label.en, o.id).toMatch(/checks every result of the system/);
    for (const m of module) {
      if (!m.help) continue;
      expect(m.help.ru, m.id).not.toMatch(/первый вариант|вариант ниже/);
      expect(m.help.kk, m.id).not.toMatch(/бірінші нұсқа|төменгі нұсқа/);
      expect(m.help.en, m.id).not.toMatch(/first option|option below/);
    }
  });

  it('says "project charter" for «паспорт проекта» and asks the quality question plainly in English', () => {
    const pilot = byId('ai-pilot-evaluation');
    const en = [pilot.help!, pilot.evidence!, ...pilot.options.map((o) => o.label)].map((t) => t.en!).join(' ');
    expect(en).not.toMatch(/passport/);
    expect(en).toMatch(/project charter/);
    expect(byId('ai-quality-monitoring').text.en).toBe(
      "How is the AI system's quality (error rate, accuracy) monitored against the set indicators?",
    );
    expect(byId('ai-quality-monitoring').options.map((o) => o.label.en).join(' ')).not.toMatch(/measures are taken/);
  });

  it('leaves no gap below a quarterly measurement and accepts targets approved in any leadership document', () => {
    const quality = byId('ai-quality-monitoring').options.map((o) => o.label.en).join(' | ');
    expect(quality).toMatch(/at least once a year/);
    const targets = byId('ai-pilot-evaluation').options.find((o) => o.id === 'targets')!;
    expect(targets.label.ru).toMatch(/приказ, протокол или паспорт проекта/);
    expect(byId('ai-risk-register').options.map((o) => o.label.ru).join(' ')).not.toMatch(/при приёмке/);
  });

  it('asks the decision-trace question without model versions, about the record in the case file', () => {
    const q = byId('ai-decision-trace');
    const all = [q.text, q.help!, ...q.options.map((o) => o.label)].flatMap((t) => [t.ru!, t.en!]).join(' ');
    expect(all).not.toMatch(/верси[яюи] модели|model version/);
    expect(q.text.en).toMatch(/case file/);
    expect(q.options.map((o) => o.score)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('tells users «о том, что», and gives the respondent the bans to check against', () => {
    expect(byId('ai-user-disclosure').text.ru).toMatch(/пользователей о том, что/);
    const help = byId('ai-prohibited-check').help!;
    for (const ban of [/манипулятивн/, /уязвимост/, /эмоций/, /персональных данных/]) expect(help.ru).toMatch(ban);
    expect(help.ru).toMatch(/adilet\.zan\.kz/);
  });

  it('carries 2.1.0 answers whose rung changed meaning to the rung the old label still proves', () => {
    const step = rubric.migrations.find((m) => m.from === '2.1.0')!;
    expect(step.dropped).toContain('legalrisk-procurement-spec');
    expect(step.options?.['legalrisk-procurement-spec']).toBeUndefined();
    expect(rubric.questions.find((q) => q.id === 'legalrisk-procurement-spec')).toBeUndefined();
    expect(step.options?.['ai-decision-trace']).toEqual({ 'on-request': 'none', stored: 'marked', used: 'marked' });
    expect(step.options?.['ai-security-testing']).toEqual({ retested: 'fixed' });
    expect(step.options?.['ai-synthetic-labelling']).toEqual({ 'one-of-two': 'none', checked: 'none' });
    for (const [qid, map] of Object.entries(step.options ?? {})) {
      const q = rubric.questions.find((x) => x.id === qid);
      if (!q || !module.includes(q)) continue;
      for (const to of Object.values(map)) expect(q.options.map((o) => o.id), `${qid} → ${to}`).toContain(to);
    }
  });
});
