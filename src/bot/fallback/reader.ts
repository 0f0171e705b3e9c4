// Beyond the grammar: when no rule reads a message and a language model is configured, teams-ai's
// ActionPlanner asks the model which of the grammar's intents the message means, as one tool call
// (prompts/understand, one tool per intent: tools.ts). The answer is untrusted input: its size is
// bounded, the call times out within the turn, the tool call is checked with zod and its slots are
// read by the grammar's own typed parsers and name checks. Any failure is "not understood"; the
// caller then answers as it would without a model.

import {
  ActionPlanner,
  OpenAIModel,
  PromptManager,
  type Memory,
  type PredictedDoCommand,
} from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/v4';
import type { ModelConfig } from '../../app/config.js';
import type { Logger } from '../../app/logger.js';
import { slotsFromModel } from '../grammar/intents.js';
import type { Intent, Slots } from '../grammar/index.js';
import { buildTools, type Tools } from './tools.js';

type ClientOptions = NonNullable<ConstructorParameters<typeof OpenAIModel>[0]['clientOptions']>;

const PROMPTS = fileURLToPath(new URL('../../../prompts/', import.meta.url));
const PROMPT = 'understand';

/** The longest message sent to the model: a request, not a document. */
export const MAX_MODEL_INPUT = 500;
/** The largest answer read from the model's endpoint; a tool call for one intent is far smaller. */
export const MAX_MODEL_RESPONSE_BYTES = 64 * 1024;

export interface ModelReading {
  intent: Intent;
  slots: Slots;
}

export type ModelResult =
  | { ok: true; reading: ModelReading }
  | { ok: false; why: 'tooLong' | 'failed' | 'timeout' | 'noTool' | 'invalid' };

/** The planner's answer: exactly one tool call, with an object of parameters. */
const OneCall = z
  .array(
    z.object({
      type: z.literal('DO'),
      action: z.string().min(1).max(64),
      parameters: z.record(z.string(), z.unknown()).optional(),
    }),
  )
  .length(1);

/** A slot value as the tools declare them: a bounded text, a flag, or nothing. */
const SlotValue = z.union([z.string().max(2000), z.boolean(), z.null()]);

/** The turn's variables the planner reads and writes (the input, a throwaway history). */
class TurnMemory implements Memory {
  private readonly values = new Map<string, unknown>();
  deleteValue(path: string): void {
    this.values.delete(path);
  }
  hasValue(path: string): boolean {
    return this.values.has(path);
  }
  getValue<TValue = unknown>(path: string): TValue {
    return this.values.get(path) as TValue;
  }
  setValue(path: string, value: unknown): void {
    this.values.set(path, value);
  }
}

/** fetch that refuses an answer larger than `limit` bytes instead of reading it all into memory. */
function boundedFetch(limit: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > limit) {
      await response.body?.cancel();
      throw new Error(`model answer of ${declared} bytes refused`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel();
          throw new Error(`model answer over ${limit} bytes refused`);
        }
        chunks.push(value);
      }
    }
    return new Response(Buffer.concat(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

export class ModelReader {
  private readonly planner: ActionPlanner;
  private readonly prompts: PromptManager;
  private readonly tools: Tools = buildTools();
  private prepared: Promise<void> | undefined;

  constructor(
    private readonly config: ModelConfig,
    private readonly log: Logger,
  ) {
    // No retries: a turn cannot wait for them. The client's own timeout ends the request.
    const clientOptions: ClientOptions = {
      timeout: config.timeoutMs,
      maxRetries: 0,
      // The client's fetch type is its own shim's; the platform's fetch is what it calls by default.
      fetch: boundedFetch(MAX_MODEL_RESPONSE_BYTES) as unknown as ClientOptions['fetch'],
    };
    const model =
      config.kind === 'openai'
        ? new OpenAIModel({
            apiKey: config.apiKey,
            defaultModel: config.model,
            ...(config.endpoint ? { endpoint: config.endpoint } : {}),
            maxRetries: 0,
            useSystemMessages: true,
            clientOptions,
          })
        : new OpenAIModel({
            azureApiKey: config.apiKey,
            azureEndpoint: config.endpoint,
            azureDefaultDeployment: config.deployment,
            azureApiVersion: config.apiVersion,
            maxRetries: 0,
            useSystemMessages: true,
            clientOptions,
          });
    this.prompts = new PromptManager({ promptsFolder: PROMPTS });
    this.planner = new ActionPlanner({
      model,
      prompts: this.prompts,
      defaultPrompt: PROMPT,
      // A reading that does not validate is not repaired: the turn has no time for a second call.
      max_repair_attempts: 0,
    });
  }

  /** The prompt from prompts/understand, with one tool per intent. */
  private prepare(): Promise<void> {
    this.prepared ??= this.prompts.getPrompt(PROMPT).then((template) => {
      template.actions = this.tools.actions;
    });
    return this.prepared;
  }

  /** Which intent `text` means, with its slots, or why the model gave none that can be trusted. */
  async read(context: TurnContext, text: string): Promise<ModelResult> {
    const input = text.trim();
    if (input.length === 0 || input.length > MAX_MODEL_INPUT) return { ok: false, why: 'tooLong' };
    let timer: NodeJS.Timeout | undefined;
    // The client's timeout ends the request; this one also bounds rendering the prompt and reading.
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.timeoutMs + 250);
    });
    try {
      const commands = await Promise.race([this.plan(context, input), deadline]);
      if (commands === 'timeout') return { ok: false, why: 'timeout' };
      if (commands === 'failed') return { ok: false, why: 'failed' };
      return this.check(commands);
    } catch (error) {
      this.log.warn({ err: error }, 'language model call failed');
      return { ok: false, why: 'failed' };
    } finally {
      clearTimeout(timer);
    }
  }

  private async plan(context: TurnContext, input: string): Promise<unknown[] | 'failed'> {
    await this.prepare();
    const memory = new TurnMemory();
    memory.setValue('temp.input', input);
    const template = await this.prompts.getPrompt(PROMPT);
    const response = await this.planner.completePrompt(context, memory, PROMPT, template.augmentation);
    if (response.status !== 'success') {
      this.log.warn({ status: response.status, err: response.error }, 'language model gave no answer');
      return 'failed';
    }
    if (!template.augmentation) return 'failed';
    const plan = await template.augmentation.createPlanFromResponse(context, memory, response);
    return plan.commands;
  }

  /** One tool call naming an intent, with slots the grammar accepts. */
  private check(commands: unknown[]): ModelResult {
    if (!commands.some((command) => (command as { type?: unknown })?.type === 'DO'))
      return { ok: false, why: 'noTool' };
    const call = OneCall.safeParse(commands);
    if (!call.success) return { ok: false, why: 'invalid' };
    const [command] = call.data as [PredictedDoCommand];
    const spec = this.tools.byName.get(command.action);
    if (!spec) return { ok: false, why: 'invalid' };
    const values = z.record(z.string(), SlotValue).safeParse(command.parameters ?? {});
    if (!values.success) return { ok: false, why: 'invalid' };
    const slots = slotsFromModel(spec, values.data);
    if (!slots) return { ok: false, why: 'invalid' };
    return { ok: true, reading: { intent: spec.intent, slots } };
  }
}

const readers = new WeakMap<ModelConfig, ModelReader>();

/** The reader for this configuration, or undefined when no model is configured. */
export function modelReaderFor(config: ModelConfig | undefined, log: Logger): ModelReader | undefined {
  if (!config) return undefined;
  let reader = readers.get(config);
  if (!reader) {
    reader = new ModelReader(config, log);
    readers.set(config, reader);
  }
  return reader;
}
