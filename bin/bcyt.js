#!/usr/bin/env node
import '../out/src/cli/main.js';
