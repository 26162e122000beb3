import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StyleRegistry } from './registry';
import './globals.css';

export const metadata: Metadata = {
  title: 'Broadsheet on Next.js',
  description: 'The Broadsheet article page with Server Actions and an embedded database.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <StyleRegistry>{children}</StyleRegistry>
      </body>
    </html>
  );
}
