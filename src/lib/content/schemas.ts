/**
 * Frontmatter schemas of the notes, as pure Zod so unit tests can load them.
 * `src/content.config.ts` passes Astro's `reference()` in; tests pass a plain
 * string-to-reference transform. Cross-entry rules (unknown references, the
 * weight total) live in `validate.ts`, because one entry cannot see the others.
 */
import { z } from 'astro/zod';

export const SERVICE_CATEGORIES = [
  'Developer Tools',
  'Management and Governance',
  'Security, Identity, and Compliance',
  'Compute',
  'Containers',
  'Serverless',
  'Database',
  'Storage',
  'Networking and Content Delivery',
  'Application Integration',
  'Analytics',
  'Non-AWS tools',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_STATUSES = ['current', 'closed-to-new-customers', 'retired'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const ERRATUM_ID = /^[A-Z]\d+[a-z]?$/;

/** Where a skill is taught: "services/cloudwatch#logs-insights" (a collection folder, an entry id, a heading id). */
export const SECTION_REF = /^(domains|services|pages)\/([a-z0-9-]+)#([a-z0-9-]+)$/;

/** What a reference looks like once parsed, whether by Astro or by a test. */
export interface Ref {
  id: string;
  collection: string;
}

type RefSchema = z.ZodType<Ref, unknown>;

/**
 * Zod 4 reports a missing field and a field of the wrong type through one `error` function; this gives each its
 * own message ("weight is required…", "weight must be a number…"), as the notes' authors need to read them.
 */
const messages =
  (required: string, wrongType?: string) =>
  (issue: { input?: unknown; code?: string }): string | undefined =>
    issue.input === undefined ? required : issue.code === 'invalid_type' ? wrongType : undefined;

const nonEmpty = (what: string) =>
  z
    .string({ error: messages(`${what} is required`, `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);
/** The URL, or undefined when the text is not one. */
function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Sources are AWS's own pages: its documentation and its site (blogs, What's New), and the GitHub organisations
 * AWS publishes from. https only.
 */
export function isAwsSourceUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  if (host === 'aws.amazon.com' || host.endsWith('.aws.amazon.com')) return true;
  return host === 'github.com' && /^\/(aws|awslabs|aws-samples)\//.test(parsed.pathname);
}

const AWS_SITE_LOCALES = new Set(['ar', 'cn', 'de', 'es', 'fr', 'id', 'it', 'jp', 'ko', 'kr', 'pt', 'ru', 'th', 'tr', 'tw', 'vi']);

/**
 * A machine-translated copy of an AWS page (docs.aws.amazon.com/de_de/…, aws.amazon.com/jp/…): students read the
 * English original, which is also the version the translations defer to.
 */
export function isTranslatedAwsPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const first = parsed.pathname.split('/')[1] ?? '';
  if (parsed.hostname === 'docs.aws.amazon.com') return /^[a-z]{2}_[a-z]{2}$/.test(first) && first !== 'en_us';
  if (parsed.hostname === 'aws.amazon.com') return AWS_SITE_LOCALES.has(first);
  return false;
}

/** An AWS page the facts of a note were checked on, listed at the end of the page. */
const sourceSchema = z.strictObject({
  title: nonEmpty('sources[].title'),
  url: z
    .string({ error: messages('sources[].url is required') })
    .refine(isAwsSourceUrl, 'sources[].url must be an https address on AWS’s own sites (docs.aws.amazon.com, aws.amazon.com)')
    .refine((url) => !isTranslatedAwsPage(url), 'sources[].url is a translated copy (such as /de_de/ or /jp/): cite the English page'),
});
const sources = z.array(sourceSchema).default([]);

const erratumIds = z
  .array(z.string().regex(ERRATUM_ID, 'an erratum id looks like "A11"'))
  .default([]);

export function domainSchema(serviceRef: RefSchema) {
  return z
    .object({
      number: z
        .number({ error: messages('number is required (1–6)', 'number must be a whole number from 1 to 6') })
        .int('number must be a whole number from 1 to 6')
        .min(1, 'number must be from 1 to 6')
        .max(6, 'number must be from 1 to 6'),
      title: nonEmpty('title'),
      weight: z
        .number({ error: messages('weight is required (exam weight in percent)', 'weight must be a number of percent, e.g. 22') })
        .positive('weight must be more than 0 percent')
        .max(100, 'weight must be at most 100 percent'),
      summary: nonEmpty('summary'),
      /** Concepts a student searches for that this domain's page teaches ("RPO", "canary"): they rank the page first. */
      aliases: z.array(z.string().trim().min(1)).default([]),
      coreServices: z
        .array(
          z
            .object({
              service: serviceRef,
              /** Further services named on the same line of the notes ("Secrets Manager / Parameter Store"). */
              with: z.array(serviceRef).default([]),
              /** The notes' own name for the item, where it differs from the service name ("Amazon RDS / Aurora"). */
              label: z.string().trim().min(1).optional(),
              /** The notes' own line for this service in this domain, when it differs from the service summary. */
              note: z.string().trim().min(1).optional(),
              errata: erratumIds,
            })
            .strict(),
          { error: messages('coreServices is required: a list of { service: <service id> }') },
        )
        .min(1, 'coreServices must name at least one service'),
      keyConcepts: z
        .array(z.object({ title: nonEmpty('keyConcepts[].title'), points: z.array(z.string().min(1)).min(1), errata: erratumIds }).strict())
        .min(1, 'keyConcepts must list at least one concept'),
      taskStatements: z
        .array(
          z
            .object({
              id: z.string().regex(/^[1-6]\.\d$/, 'a task statement id looks like "1.2"'),
              title: nonEmpty('taskStatements[].title'),
              summary: nonEmpty('taskStatements[].summary'),
              /** Services with a page here that the task statement names. */
              services: z.array(serviceRef).default([]),
              /** Heading ids on this domain's page that teach the task statement. */
              sections: z.array(z.string()).default([]),
              /** The exam guide's skills for the task statement, paraphrased, each with the sections that teach it. */
              skills: z
                .array(
                  z.strictObject({
                    text: nonEmpty('taskStatements[].skills[].text'),
                    sections: z
                      .array(z.string().regex(SECTION_REF, 'a section looks like "services/cloudwatch#logs-insights" (folder/entry#heading-id)'))
                      .min(1, 'a skill must name at least one section that teaches it'),
                  }),
                )
                .default([]),
            })
            .strict(),
        )
        .min(1, 'taskStatements must list the exam guide task statements'),
      sources,
    })
    .strict();
}

export function serviceSchema(domainRef: RefSchema) {
  return z
    .object({
      name: nonEmpty('name'),
      shortName: nonEmpty('shortName'),
      /**
       * Other names of the service itself: acronyms, spellings, former names, editions and named parts ("SSM",
       * "x ray", "CloudWatch Events", "Shield Advanced", "Patch Manager"). Shown under "Also called"; they rank the
       * page first in search and answer at once in the name index.
       */
      aliases: z.array(z.string().trim().min(1)).default([]),
      /**
       * Features, concepts and identifiers the page teaches, as a student searches for them ("permission set",
       * "instance refresh", "cfn-init"): they rank the page in search like aliases, but are not names of the
       * service, so they are listed as the page's topics and left to the full-text search.
       */
      terms: z.array(z.string().trim().min(1)).default([]),
      category: z.enum(SERVICE_CATEGORIES, {
        error: () => `category must be one of: ${SERVICE_CATEGORIES.join('; ')}`,
      }),
      domains: z.array(domainRef, { error: messages('domains is required: a list of domain ids such as domain-1') }).min(1, 'domains must name at least one domain'),
      summary: nonEmpty('summary'),
      status: z.enum(SERVICE_STATUSES).default('current'),
      /** Where status is not "current": one line saying what changed and when. */
      statusNote: z.string().trim().min(1).optional(),
      /** Exact words that count as a mention of the service in other notes; defaults to name, shortName, aliases and terms. */
      mentionedAs: z.array(z.string().min(2)).optional(),
      errata: erratumIds,
      sources,
    })
    .strict()
    .refine((s) => s.status === 'current' || s.statusNote !== undefined, {
      error: 'statusNote is required when status is not "current"',
      path: ['statusNote'],
    });
}

export const erratumSchema = z
  .object({
    id: z.string().regex(ERRATUM_ID),
    title: nonEmpty('title'),
    problem: nonEmpty('problem'),
    correction: nonEmpty('correction'),
    confidence: z.enum(['high', 'medium-high', 'medium']),
    /** The day the correction was last checked against AWS documentation. */
    checked: z.string({ error: messages('checked is required: the day it was checked, as YYYY-MM-DD') }).regex(/^\d{4}-\d{2}-\d{2}$/, 'checked is a date written YYYY-MM-DD'),
    /** Names whose every mention in the original notes must show this correction beside it ("OpsWorks"). */
    subjects: z.array(z.string().min(2)).default([]),
    sources: z.array(z.url()).min(1, 'sources must list at least one URL'),
  })
  .strict();

/** A glossary term: defined once, listed on /glossary/, marked with <abbr> at its first use on a page. */
export function glossarySchema(serviceRef: RefSchema) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'a glossary id is lower-case letters, digits and hyphens, e.g. "rto"'),
      /** As written in the notes: "RTO", "Blue/green deployment". */
      term: nonEmpty('term'),
      /** What an abbreviation stands for ("Recovery Time Objective"); the <abbr title> of its first use. */
      expansion: z.string().trim().min(1).optional(),
      definition: nonEmpty('definition'),
      /** Other spellings that count as the term. */
      aliases: z.array(z.string().trim().min(1)).default([]),
      /** Services to read for more. */
      services: z.array(serviceRef).default([]),
      /** Where the definition can be checked. */
      sources: z.array(z.url()).default([]),
    })
    .strict();
}

export const pageSchema = z
  .object({
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    sources,
  })
  .strict();

/** The exam guide's 11 categories of in-scope services (the site's own categories add "Non-AWS tools"). */
export const GUIDE_CATEGORIES = SERVICE_CATEGORIES.filter((c) => c !== 'Non-AWS tools');

/** One entry of the exam guide's in-scope services list, and the page that covers it. */
export function inScopeSchema(serviceRef: RefSchema) {
  return z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'an id is lower-case letters, digits and hyphens'),
    /** Exactly as the exam guide prints it: "Amazon EventBridge (Amazon CloudWatch Events)". */
    name: nonEmpty('name'),
    category: z.enum(GUIDE_CATEGORIES, { error: () => `category must be one of the exam guide's: ${GUIDE_CATEGORIES.join('; ')}` }),
    service: serviceRef,
    /** In the guide's appendix list, or in scope because a task statement names it. */
    listed: z.enum(['appendix', 'task-statement']),
  });
}

/** A practice question's kinds, as the exam has them: one answer of four, or two or more of five or six. */
export const QUESTION_KINDS = ['one', 'multiple'] as const;
export const OPTION_IDS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

const optionId = (what: string) => z.enum(OPTION_IDS, { error: () => `${what} is an option letter, A to F` });

/**
 * A practice question (content/questions/<id>.yaml). The rules one question can check are here; its task statement
 * and the sections it links to are checked against the notes in src/lib/practice/validate-questions.ts.
 */
export const questionSchema = z
  .strictObject({
    /** The exam guide's task statement it tests ("1.2"); the domain is its first digit. */
    task: z.string({ error: messages('task is required: a task statement id such as "1.2"') }).regex(/^[1-6]\.\d$/, 'task is a task statement id such as "1.2"'),
    kind: z.enum(QUESTION_KINDS, { error: () => 'kind must be "one" (one answer of four) or "multiple" (two or more of five or six)' }),
    /** For "multiple": how many options to choose, stated in the question as the exam does ("Choose two."). */
    pick: z.number({ error: messages('pick is required', 'pick must be a whole number, 2 or 3') }).int().min(2, 'pick must be 2 or 3').max(3, 'pick must be 2 or 3').optional(),
    scenario: nonEmpty('scenario'),
    options: z.array(z.strictObject({ id: optionId('options[].id'), text: nonEmpty('options[].text'), why: nonEmpty('options[].why') }), {
      error: messages('options is required: a list of { id, text, why }'),
    }),
    correct: z.array(optionId('correct[]'), { error: messages('correct is required: the ids of the right options, e.g. [B]') }).min(1, 'correct must name at least one option'),
    /** Sections of the notes that teach the answer ("services/codedeploy#5-rollbacks"). */
    teaches: z
      .array(z.string().regex(SECTION_REF, 'a section looks like "services/cloudwatch#logs-insights" (folder/entry#heading-id)'), {
        error: messages('teaches is required: the sections that teach the answer'),
      })
      .min(1, 'teaches must name at least one section that teaches the answer'),
    sources: z.array(sourceSchema, { error: messages('sources is required: the AWS pages that back the answer') }).min(1, 'sources must list at least one AWS page'),
  })
  .superRefine((q, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    q.options.forEach((o, i) => {
      if (o.id !== OPTION_IDS[i]) issue(['options', i, 'id'], `option ${i + 1} must have id "${OPTION_IDS[i]}" (options are lettered A, B, C… in order)`);
    });
    const ids = new Set(q.options.map((o) => o.id));
    q.correct.forEach((id, i) => {
      if (!ids.has(id)) issue(['correct', i], `"${id}" is not an option; expected one of ${[...ids].join(', ')}`);
      if (q.correct.indexOf(id) !== i) issue(['correct', i], `"${id}" is listed twice`);
    });
    if (q.kind === 'one') {
      if (q.options.length !== 4) issue(['options'], `a "one" question has 4 options; this one has ${q.options.length}`);
      if (q.correct.length !== 1) issue(['correct'], `a "one" question has exactly 1 correct option; this one names ${q.correct.length}`);
      if (q.pick !== undefined) issue(['pick'], 'pick is only for kind "multiple"');
    } else {
      if (q.options.length < 5 || q.options.length > 6) issue(['options'], `a "multiple" question has 5 or 6 options; this one has ${q.options.length}`);
      if (q.pick === undefined) issue(['pick'], 'pick is required for kind "multiple": how many options to choose (2 or 3)');
      else if (q.correct.length !== q.pick) issue(['correct'], `pick is ${q.pick} but correct names ${q.correct.length} option${q.correct.length === 1 ? '' : 's'}`);
    }
  });

export type NoteSourceLink = z.output<typeof sourceSchema>;
export type DomainData = z.output<ReturnType<typeof domainSchema>>;
export type ServiceData = z.output<ReturnType<typeof serviceSchema>>;
export type ErratumData = z.output<typeof erratumSchema>;
export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
export type PageData = z.output<typeof pageSchema>;
export type InScopeData = z.output<ReturnType<typeof inScopeSchema>>;
export type QuestionData = z.output<typeof questionSchema>;
