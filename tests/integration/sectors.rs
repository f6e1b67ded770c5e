//! Sector selection.
