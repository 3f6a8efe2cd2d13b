// Tests drive the browsers that Debian installs (see scripts/ensure-browsers.sh); never download one.
module.exports = { skipDownload: true };
