#!/usr/bin/env node
import '../out/language-server/src/main.js';
