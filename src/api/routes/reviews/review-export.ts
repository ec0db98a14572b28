/** @module GET /incidents/:key/review/export: the review as Markdown, standalone HTML, PDF or JSON. */
import { z } from 'zod';
import { exportReview, REVIEW_EXPORT_FORMATS } from '../../../usecases/review-export.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

export function registerReviewExportRoute(
  routes: RouteRegistry,
  chromiumPath: string | null,
): void {
  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/review/export',
      summary:
        'Download the review as Markdown (reviews-as-code), standalone HTML, PDF (needs Chromium on the server) or JSON',
      tag: 'reviews',
      query: z.strictObject({
        format: z.enum(REVIEW_EXPORT_FORMATS, {
          error: `must be one of ${REVIEW_EXPORT_FORMATS.join(', ')}`,
        }),
        download: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
      }),
      response: { status: 200, description: 'The file, with its content type' },
      errors: [404, 503],
    },
    async ({ c, ctx, params, query }) => {
      const file = await exportReview(ctx, incidentKeyParam(params), query.format, {
        chromiumPath,
      });
      const disposition = query.download === 'false' ? 'inline' : 'attachment';
      return c.body(file.body as string | Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'content-disposition': `${disposition}; filename="${file.fileName}"`,
      });
    },
  );
}
