import React from 'react'

/** A version badge: `<Since version="2.1" />`. */
export default function Since({version}) {
  return <span className="badge badge--secondary">v{version}+</span>
}
