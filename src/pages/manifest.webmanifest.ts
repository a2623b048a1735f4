/** /manifest.webmanifest: what a phone needs to install the site on its home screen, under the base path. */
import type { APIRoute } from 'astro';
import { url } from '../data/url';

export const GET: APIRoute = () => {
  const manifest = {
    name: 'DOP-C02 Study Notes',
    short_name: 'DOP-C02',
    description: 'Study notes, flashcards and practice questions for the AWS Certified DevOps Engineer – Professional exam.',
    id: url('/'),
    start_url: url('/'),
    scope: url('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#b34a00',
    icons: [
      { src: url('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: url('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: url('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
