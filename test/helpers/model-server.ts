// A language model endpoint on loopback for tests: a real HTTP server speaking the OpenAI
// chat-completions protocol (POST /v1/chat/completions), answering each request by the user's
// message with a canned answer. Stands in for a hosted model, which tests never call.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Canned =
  /** One or more tool calls, with their arguments as JSON text (or raw text, to send broken JSON). */
  | { tools: { name: string; arguments: Record<string, unknown> | string }[] }
  /** A plain text answer, no tool call. */
  | { text: string }
  /** An HTTP error status. */
  | { status: number }
  /** A body of this many bytes. */
  | { bytes: number }
  /** No answer until the client gives up. */
  | { hang: true };

export interface ModelRequest {
  /** The user's message as the endpoint received it. */
  input: string;
  /** The tool names offered. */
  tools: string[];
  body: Record<string, unknown>;
  /** The client closed the connection before an answer was sent. */
  abandoned: boolean;
}

export interface ModelServer {
  /** Base URL for OPENAI_ENDPOINT. */
  url: string;
  requests: ModelRequest[];
  /** What to answer to a user message. */
  answers: Map<string, Canned>;
  close(): Promise<void>;
}

function completion(message: Record<string, unknown>): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: 'test-model',
    choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

export async function startModelServer(): Promise<ModelServer> {
  const requests: ModelRequest[] = [];
  const answers = new Map<string, Canned>();
  const hanging = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      messages: { role: string; content: string }[];
      tools?: { function: { name: string } }[];
    };
    const input = body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
    const request: ModelRequest = {
      input,
      tools: (body.tools ?? []).map((tool) => tool.function.name),
      body,
      abandoned: false,
    };
    requests.push(request);
    res.on('close', () => {
      if (!res.writableFinished) request.abandoned = true;
    });
    const canned = answers.get(input) ?? { text: 'unknown' };
    const send = (status: number, text: string): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    };
    if ('hang' in canned) {
      hanging.add(res);
      return;
    }
    if ('status' in canned) return send(canned.status, JSON.stringify({ error: { message: 'refused' } }));
    if ('bytes' in canned) return send(200, `{"pad":"${'x'.repeat(canned.bytes)}"}`);
    if ('text' in canned) return send(200, completion({ role: 'assistant', content: canned.text }));
    send(
      200,
      completion({
        role: 'assistant',
        content: null,
        tool_calls: canned.tools.map((tool, index) => ({
          id: `call_${index}`,
          type: 'function',
          function: {
            name: tool.name,
            arguments: typeof tool.arguments === 'string' ? tool.arguments : JSON.stringify(tool.arguments),
          },
        })),
      }),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    answers,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
