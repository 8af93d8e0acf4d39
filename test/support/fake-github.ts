/**
 * A local stand-in for the few GitHub REST endpoints the action calls, on 127.0.0.1 only.
 * It keeps the comments it is sent, pages lists the way GitHub does (Link headers), and can
 * be told to refuse comment writes (a fork pull request's read-only token).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface FakeReviewComment {
  id: number;
  path: string;
  line: number | null;
  side: string;
  body: string;
  commit_id: string;
}

export interface FakeReview {
  id: number;
  event: string;
  body: string;
  commit_id: string;
  comments: { path: string; line: number; side?: string; body: string }[];
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  files: FakeFile[];
  /** Every request as `METHOD path`, for asserting what was (not) called. */
  requests: string[];
  /** Status to answer comment writes with instead of succeeding (403 for a fork's token). */
  refuseCommentWrites: number | null;
  /** Whether GET /user answers (a personal token) or refuses (GITHUB_TOKEN). */
  viewer: string | null;
  /** Status to answer the pull request's files list with instead of the files (a 5xx outage). */
  failFiles: number | null;
  /** Reviews posted, and the review comments they made (what GitHub lists afterwards). */
  reviews: FakeReview[];
  reviewComments: FakeReviewComment[];
  /** Status to answer review writes with instead of succeeding (403 for a fork's token). */
  refuseReviews: number | null;
  /** Items per page of a list (GitHub's is up to 100); small by default so lists are paged. */
  pageSize: number;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function paged<T>(
  pageSize: number,
  req: IncomingMessage,
  base: string,
  items: T[],
  res: ServerResponse,
  wrap?: (page: T[]) => unknown,
): void {
  const url = new URL(req.url!, base);
  const page = Number(url.searchParams.get('page') ?? '1');
  const slice = items.slice((page - 1) * pageSize, page * pageSize);
  const headers: Record<string, string> = {};
  if (page * pageSize < items.length) {
    url.searchParams.set('page', String(page + 1));
    headers.link = `<${url.toString()}>; rel="next"`;
  }
  send(res, 200, wrap ? wrap(slice) : slice, headers);
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length
    ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
    : {};
}

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    comments: [],
    files: [],
    requests: [],
    refuseCommentWrites: null,
    viewer: null,
    failFiles: null,
    reviews: [],
    reviewComments: [],
    refuseReviews: null,
    pageSize: 2,
  };
  const prefix = `/repos/${owner}/${repo}`;
  let base = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url!, base).pathname;
      state.requests.push(`${req.method} ${path}`);
      if (req.method === 'GET' && path === '/user') {
        return state.viewer
          ? send(res, 200, { login: state.viewer })
          : send(res, 403, { message: 'Resource not accessible by integration' });
      }
      if (
        req.method === 'GET' &&
        /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(path) &&
        path.startsWith(prefix)
      ) {
        if (state.failFiles) return send(res, state.failFiles, { message: 'Server Error' });
        return paged(state.pageSize, req, base, state.files, res);
      }
      if (req.method === 'GET' && new RegExp(`^${prefix}/pulls/\\d+/comments$`).test(path)) {
        return paged(state.pageSize, req, base, state.reviewComments, res);
      }
      if (req.method === 'POST' && new RegExp(`^${prefix}/pulls/\\d+/reviews$`).test(path)) {
        if (state.refuseReviews)
          return send(res, state.refuseReviews, {
            message: 'Resource not accessible by integration',
          });
        const review = (await bodyOf(req)) as unknown as Omit<FakeReview, 'id'>;
        const posted = { ...review, id: nextId++ };
        state.reviews.push(posted);
        for (const c of review.comments ?? []) {
          state.reviewComments.push({
            id: nextId++,
            path: c.path,
            line: c.line,
            side: c.side ?? 'RIGHT',
            body: c.body,
            commit_id: review.commit_id,
          });
        }
        return send(res, 200, { id: posted.id, state: 'COMMENTED' });
      }
      if (req.method === 'GET' && path.startsWith(`${prefix}/compare/`)) {
        return paged(state.pageSize, req, base, state.files, res, (files) => ({ files }));
      }
      if (req.method === 'GET' && /\/issues\/\d+\/comments$/.test(path))
        return paged(state.pageSize, req, base, state.comments, res);
      if (req.method === 'POST' && /\/issues\/\d+\/comments$/.test(path)) {
        if (state.refuseCommentWrites)
          return send(res, state.refuseCommentWrites, {
            message: 'Resource not accessible by integration',
          });
        const { body } = await bodyOf(req);
        const comment = {
          id: nextId++,
          body: String(body),
          user: { login: state.viewer ?? 'github-actions[bot]', type: 'Bot' },
        };
        state.comments.push(comment);
        return send(res, 201, comment);
      }
      const update = /\/issues\/comments\/(\d+)$/.exec(path);
      if (req.method === 'PATCH' && update) {
        if (state.refuseCommentWrites)
          return send(res, state.refuseCommentWrites, {
            message: 'Resource not accessible by integration',
          });
        const comment = state.comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(res, 404, { message: 'Not Found' });
        comment.body = String((await bodyOf(req)).body);
        return send(res, 200, comment);
      }
      send(res, 404, { message: `fake GitHub has no ${req.method} ${path}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url: base,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as FakeGitHub;
}
