import type { ReactNode } from 'react'

import './styles.css'

export const metadata = {
  description: 'Guides to SIM cards, eSIMs and mobile plans around the world.',
  title: 'Roampress',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  )
}
