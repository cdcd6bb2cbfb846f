import type { ReactNode } from 'react'

import '../../components/reader.css'

export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <head>
        <link rel="stylesheet" href="/fonts/noto-sans.css" />
      </head>
      <body>
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  )
}
