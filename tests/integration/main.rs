//! The one integration test binary: every test drives the real `sitectl` in a hermetic
//! environment (see `support`).

mod support;

mod access;
mod cli;
mod concurrency;
mod config;
mod directory;
mod faults;
mod hostile;
mod isolation;
mod real_wordpress;
mod sectors;
mod seed;
mod sites;
mod store;
mod sweep;
mod trust;
mod views;
mod wordpress;
