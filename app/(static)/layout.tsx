import type { ReactNode } from 'react'

import '@/components/reader.css'

export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  )
}
