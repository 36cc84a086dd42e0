import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  LABEL_SHEET
} from "./chunks/chunk-3SX7OK6O.mjs";
import {
  AppError
} from "./chunks/chunk-UE4OIE5L.mjs";
import {
  center,
  cut,
  feed,
  pair,
  row,
  rule,
  text
} from "./chunks/chunk-XKII5CDS.mjs";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunks/chunk-26SB2IHP.mjs";

// ../main/node_modules/papaparse/papaparse.js
var require_papaparse = __commonJS({
  "../main/node_modules/papaparse/papaparse.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define([], factory);
      } else if (typeof module === "object" && typeof exports !== "undefined") {
        module.exports = factory();
      } else {
        root.Papa = factory();
      }
    })(exports, function moduleFactory() {
      "use strict";
      var global = (function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof global !== "undefined") {
          return global;
        }
        return {};
      })();
      function getWorkerBlob() {
        var URL2 = global.URL || global.webkitURL || null;
        var code2 = moduleFactory.toString();
        return Papa2.BLOB_URL || (Papa2.BLOB_URL = URL2.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", code2, ")();"], { type: "text/javascript" })));
      }
      var IS_WORKER = !global.document && !!global.postMessage, IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;
      var workers = {}, workerIdCounter = 0;
      var Papa2 = {};
      Papa2.parse = CsvToJson;
      Papa2.unparse = JsonToCsv;
      Papa2.RECORD_SEP = String.fromCharCode(30);
      Papa2.UNIT_SEP = String.fromCharCode(31);
      Papa2.BYTE_ORDER_MARK = "\uFEFF";
      Papa2.BAD_DELIMITERS = ["\r", "\n", '"', Papa2.BYTE_ORDER_MARK];
      Papa2.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
      Papa2.NODE_STREAM_INPUT = 1;
      Papa2.LocalChunkSize = 1024 * 1024 * 10;
      Papa2.RemoteChunkSize = 1024 * 1024 * 5;
      Papa2.DefaultDelimiter = ",";
      Papa2.Parser = Parser;
      Papa2.ParserHandle = ParserHandle;
      Papa2.NetworkStreamer = NetworkStreamer;
      Papa2.FileStreamer = FileStreamer;
      Papa2.StringStreamer = StringStreamer;
      Papa2.ReadableStreamStreamer = ReadableStreamStreamer;
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        Papa2.DuplexStreamStreamer = DuplexStreamStreamer;
      }
      if (global.jQuery) {
        var $ = global.jQuery;
        $.fn.parse = function(options) {
          var config2 = options.config || {};
          var queue = [];
          this.each(function(idx) {
            var supported = $(this).prop("tagName").toUpperCase() === "INPUT" && $(this).attr("type").toLowerCase() === "file" && global.FileReader;
            if (!supported || !this.files || this.files.length === 0)
              return true;
            for (var i2 = 0; i2 < this.files.length; i2++) {
              queue.push({
                file: this.files[i2],
                inputElem: this,
                instanceConfig: $.extend({}, config2)
              });
            }
          });
          parseNextFile();
          return this;
          function parseNextFile() {
            if (queue.length === 0) {
              if (isFunction(options.complete))
                options.complete();
              return;
            }
            var f = queue[0];
            if (isFunction(options.before)) {
              var returned = options.before(f.file, f.inputElem);
              if (typeof returned === "object") {
                if (returned.action === "abort") {
                  error2("AbortError", f.file, f.inputElem, returned.reason);
                  return;
                } else if (returned.action === "skip") {
                  fileComplete();
                  return;
                } else if (typeof returned.config === "object")
                  f.instanceConfig = $.extend(f.instanceConfig, returned.config);
              } else if (returned === "skip") {
                fileComplete();
                return;
              }
            }
            var userCompleteFunc = f.instanceConfig.complete;
            f.instanceConfig.complete = function(results) {
              if (isFunction(userCompleteFunc))
                userCompleteFunc(results, f.file, f.inputElem);
              fileComplete();
            };
            Papa2.parse(f.file, f.instanceConfig);
          }
          function error2(name2, file3, elem, reason2) {
            if (isFunction(options.error))
              options.error({ name: name2 }, file3, elem, reason2);
          }
          function fileComplete() {
            queue.splice(0, 1);
            parseNextFile();
          }
        };
      }
      if (IS_PAPA_WORKER) {
        global.onmessage = workerThreadReceivedMessage;
      }
      function CsvToJson(_input, _config) {
        _config = _config || {};
        var dynamicTyping = _config.dynamicTyping || false;
        if (isFunction(dynamicTyping)) {
          _config.dynamicTypingFunction = dynamicTyping;
          dynamicTyping = {};
        }
        _config.dynamicTyping = dynamicTyping;
        _config.transform = isFunction(_config.transform) ? _config.transform : false;
        if (_config.worker && Papa2.WORKERS_SUPPORTED) {
          var w = newWorker();
          w.userStep = _config.step;
          w.userChunk = _config.chunk;
          w.userComplete = _config.complete;
          w.userError = _config.error;
          _config.step = isFunction(_config.step);
          _config.chunk = isFunction(_config.chunk);
          _config.complete = isFunction(_config.complete);
          _config.error = isFunction(_config.error);
          delete _config.worker;
          w.postMessage({
            input: _input,
            config: _config,
            workerId: w.id
          });
          return;
        }
        var streamer = null;
        if (_input === Papa2.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === "undefined") {
          streamer = new DuplexStreamStreamer(_config);
          return streamer.getStream();
        } else if (typeof _input === "string") {
          _input = stripBom(_input);
          if (_config.download)
            streamer = new NetworkStreamer(_config);
          else
            streamer = new StringStreamer(_config);
        } else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on)) {
          streamer = new ReadableStreamStreamer(_config);
        } else if (global.File && _input instanceof File || _input instanceof Object)
          streamer = new FileStreamer(_config);
        return streamer.stream(_input);
        function stripBom(string4) {
          if (string4.charCodeAt(0) === 65279) {
            return string4.slice(1);
          }
          return string4;
        }
      }
      function JsonToCsv(_input, _config) {
        var _quotes = false;
        var _writeHeader = true;
        var _delimiter = ",";
        var _newline = "\r\n";
        var _quoteChar = '"';
        var _escapedQuote = _quoteChar + _quoteChar;
        var _skipEmptyLines = false;
        var _columns = null;
        var _escapeFormulae = false;
        unpackConfig();
        var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), "g");
        if (typeof _input === "string")
          _input = JSON.parse(_input);
        if (Array.isArray(_input)) {
          if (!_input.length || Array.isArray(_input[0]))
            return serialize(null, _input, _skipEmptyLines);
          else if (typeof _input[0] === "object")
            return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
        } else if (typeof _input === "object") {
          if (typeof _input.data === "string")
            _input.data = JSON.parse(_input.data);
          if (Array.isArray(_input.data)) {
            if (!_input.fields)
              _input.fields = _input.meta && _input.meta.fields || _columns;
            if (!_input.fields)
              _input.fields = Array.isArray(_input.data[0]) ? _input.fields : typeof _input.data[0] === "object" ? Object.keys(_input.data[0]) : [];
            if (!Array.isArray(_input.data[0]) && typeof _input.data[0] !== "object")
              _input.data = [_input.data];
          }
          return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
        }
        throw new Error("Unable to serialize unrecognized input");
        function unpackConfig() {
          if (typeof _config !== "object")
            return;
          if (typeof _config.delimiter === "string" && !Papa2.BAD_DELIMITERS.filter(function(value) {
            return _config.delimiter.indexOf(value) !== -1;
          }).length) {
            _delimiter = _config.delimiter;
          }
          if (typeof _config.quotes === "boolean" || typeof _config.quotes === "function" || Array.isArray(_config.quotes))
            _quotes = _config.quotes;
          if (typeof _config.skipEmptyLines === "boolean" || typeof _config.skipEmptyLines === "string")
            _skipEmptyLines = _config.skipEmptyLines;
          if (typeof _config.newline === "string")
            _newline = _config.newline;
          if (typeof _config.quoteChar === "string")
            _quoteChar = _config.quoteChar;
          if (typeof _config.header === "boolean")
            _writeHeader = _config.header;
          if (Array.isArray(_config.columns)) {
            if (_config.columns.length === 0) throw new Error("Option columns is empty");
            _columns = _config.columns;
          }
          if (_config.escapeChar !== void 0) {
            _escapedQuote = _config.escapeChar + _quoteChar;
          }
          if (_config.escapeFormulae instanceof RegExp) {
            _escapeFormulae = _config.escapeFormulae;
          } else if (typeof _config.escapeFormulae === "boolean" && _config.escapeFormulae) {
            _escapeFormulae = /^[=+\-@\t\r].*$/;
          }
        }
        function serialize(fields, data, skipEmptyLines) {
          var csv = "";
          if (typeof fields === "string")
            fields = JSON.parse(fields);
          if (typeof data === "string")
            data = JSON.parse(data);
          var hasHeader = Array.isArray(fields) && fields.length > 0;
          var dataKeyedByField = !Array.isArray(data[0]);
          if (hasHeader && _writeHeader) {
            for (var i2 = 0; i2 < fields.length; i2++) {
              if (i2 > 0)
                csv += _delimiter;
              csv += safe(fields[i2], i2);
            }
            if (data.length > 0)
              csv += _newline;
          }
          for (var row2 = 0; row2 < data.length; row2++) {
            var maxCol = hasHeader ? fields.length : data[row2].length;
            var emptyLine = false;
            var nullLine = hasHeader ? Object.keys(data[row2]).length === 0 : data[row2].length === 0;
            if (skipEmptyLines && !hasHeader) {
              emptyLine = skipEmptyLines === "greedy" ? data[row2].join("").trim() === "" : data[row2].length === 1 && data[row2][0].length === 0;
            }
            if (skipEmptyLines === "greedy" && hasHeader) {
              var line = [];
              for (var c = 0; c < maxCol; c++) {
                var cx = dataKeyedByField ? fields[c] : c;
                line.push(data[row2][cx]);
              }
              emptyLine = line.join("").trim() === "";
            }
            if (!emptyLine) {
              for (var col = 0; col < maxCol; col++) {
                if (col > 0 && !nullLine)
                  csv += _delimiter;
                var colIdx = hasHeader && dataKeyedByField ? fields[col] : col;
                csv += safe(data[row2][colIdx], col);
              }
              if (row2 < data.length - 1 && (!skipEmptyLines || maxCol > 0 && !nullLine)) {
                csv += _newline;
              }
            }
          }
          return csv;
        }
        function safe(str2, col) {
          if (typeof str2 === "undefined" || str2 === null)
            return "";
          if (str2.constructor === Date)
            return JSON.stringify(str2).slice(1, 25);
          var needsQuotes = false;
          if (_escapeFormulae && typeof str2 === "string" && _escapeFormulae.test(str2)) {
            str2 = "'" + str2;
            needsQuotes = true;
          }
          var escapedQuoteStr = str2.toString().replace(quoteCharRegex, _escapedQuote);
          needsQuotes = needsQuotes || _quotes === true || typeof _quotes === "function" && _quotes(str2, col) || Array.isArray(_quotes) && _quotes[col] || hasAny(escapedQuoteStr, Papa2.BAD_DELIMITERS) || escapedQuoteStr.indexOf(_delimiter) > -1 || escapedQuoteStr.charAt(0) === " " || escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === " ";
          return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
        }
        function hasAny(str2, substrings) {
          for (var i2 = 0; i2 < substrings.length; i2++)
            if (str2.indexOf(substrings[i2]) > -1)
              return true;
          return false;
        }
      }
      function ChunkStreamer(config2) {
        this._handle = null;
        this._finished = false;
        this._completed = false;
        this._halted = false;
        this._input = null;
        this._baseIndex = 0;
        this._partialLine = "";
        this._rowCount = 0;
        this._start = 0;
        this._nextChunk = null;
        this.isFirstChunk = true;
        this._completeResults = {
          data: [],
          errors: [],
          meta: {}
        };
        replaceConfig.call(this, config2);
        this.parseChunk = function(chunk, isFakeChunk) {
          const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
          if (this.isFirstChunk && skipFirstNLines > 0) {
            let _newline = this._config.newline;
            if (!_newline) {
              const quoteChar = this._config.quoteChar || '"';
              _newline = this._handle.guessLineEndings(chunk, quoteChar);
            }
            const splitChunk = chunk.split(_newline);
            chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
          }
          if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk)) {
            var modifiedChunk = this._config.beforeFirstChunk(chunk);
            if (modifiedChunk !== void 0)
              chunk = modifiedChunk;
          }
          this.isFirstChunk = false;
          this._halted = false;
          var aggregate = this._partialLine + chunk;
          this._partialLine = "";
          var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);
          if (this._handle.paused() || this._handle.aborted()) {
            this._halted = true;
            return;
          }
          var lastIndex = results.meta.cursor;
          if (!this._finished) {
            this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
            this._baseIndex = lastIndex;
          }
          if (results && results.data)
            this._rowCount += results.data.length;
          var finishedIncludingPreview = this._finished || this._config.preview && this._rowCount >= this._config.preview;
          if (IS_PAPA_WORKER) {
            global.postMessage({
              results,
              workerId: Papa2.WORKER_ID,
              finished: finishedIncludingPreview
            });
          } else if (isFunction(this._config.chunk) && !isFakeChunk) {
            this._config.chunk(results, this._handle);
            if (this._handle.paused() || this._handle.aborted()) {
              this._halted = true;
              return;
            }
            results = void 0;
            this._completeResults = void 0;
          }
          if (!this._config.step && !this._config.chunk) {
            this._completeResults.data = this._completeResults.data.concat(results.data);
            this._completeResults.errors = this._completeResults.errors.concat(results.errors);
            this._completeResults.meta = results.meta;
          }
          if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
            this._config.complete(this._completeResults, this._input);
            this._completed = true;
          }
          if (!finishedIncludingPreview && (!results || !results.meta.paused))
            this._nextChunk();
          return results;
        };
        this._sendError = function(error2) {
          if (isFunction(this._config.error))
            this._config.error(error2);
          else if (IS_PAPA_WORKER && this._config.error) {
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              error: error2,
              finished: false
            });
          }
        };
        function replaceConfig(config3) {
          var configCopy = copy(config3);
          configCopy.chunkSize = parseInt(configCopy.chunkSize);
          if (!config3.step && !config3.chunk)
            configCopy.chunkSize = null;
          this._handle = new ParserHandle(configCopy);
          this._handle.streamer = this;
          this._config = configCopy;
        }
      }
      function NetworkStreamer(config2) {
        config2 = config2 || {};
        if (!config2.chunkSize)
          config2.chunkSize = Papa2.RemoteChunkSize;
        ChunkStreamer.call(this, config2);
        var xhr;
        if (IS_WORKER) {
          this._nextChunk = function() {
            this._readChunk();
            this._chunkLoaded();
          };
        } else {
          this._nextChunk = function() {
            this._readChunk();
          };
        }
        this.stream = function(url2) {
          this._input = url2;
          this._nextChunk();
        };
        this._readChunk = function() {
          if (this._finished) {
            this._chunkLoaded();
            return;
          }
          xhr = new XMLHttpRequest();
          if (this._config.withCredentials) {
            xhr.withCredentials = this._config.withCredentials;
          }
          if (!IS_WORKER) {
            xhr.onload = bindFunction(this._chunkLoaded, this);
            xhr.onerror = bindFunction(this._chunkError, this);
          }
          xhr.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !IS_WORKER);
          if (this._config.downloadRequestHeaders) {
            var headers = this._config.downloadRequestHeaders;
            for (var headerName in headers) {
              xhr.setRequestHeader(headerName, headers[headerName]);
            }
          }
          if (this._config.chunkSize) {
            var end = this._start + this._config.chunkSize - 1;
            xhr.setRequestHeader("Range", "bytes=" + this._start + "-" + end);
          }
          try {
            xhr.send(this._config.downloadRequestBody);
          } catch (err2) {
            this._chunkError(err2.message);
          }
          if (IS_WORKER && xhr.status === 0)
            this._chunkError();
        };
        this._chunkLoaded = function() {
          if (xhr.readyState !== 4)
            return;
          if (xhr.status < 200 || xhr.status >= 400) {
            this._chunkError();
            return;
          }
          this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
          this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
          this.parseChunk(xhr.responseText);
        };
        this._chunkError = function(errorMessage) {
          var errorText = xhr.statusText || errorMessage;
          this._sendError(new Error(errorText));
        };
        function getFileSize(xhr2) {
          var contentRange = xhr2.getResponseHeader("Content-Range");
          if (contentRange === null) {
            return -1;
          }
          return parseInt(contentRange.substring(contentRange.lastIndexOf("/") + 1));
        }
      }
      NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
      NetworkStreamer.prototype.constructor = NetworkStreamer;
      function FileStreamer(config2) {
        config2 = config2 || {};
        if (!config2.chunkSize)
          config2.chunkSize = Papa2.LocalChunkSize;
        ChunkStreamer.call(this, config2);
        var reader, slice;
        var usingAsyncReader = typeof FileReader !== "undefined";
        this.stream = function(file3) {
          this._input = file3;
          slice = file3.slice || file3.webkitSlice || file3.mozSlice;
          if (usingAsyncReader) {
            reader = new FileReader();
            reader.onload = bindFunction(this._chunkLoaded, this);
            reader.onerror = bindFunction(this._chunkError, this);
          } else
            reader = new FileReaderSync();
          this._nextChunk();
        };
        this._nextChunk = function() {
          if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
            this._readChunk();
        };
        this._readChunk = function() {
          var input2 = this._input;
          if (this._config.chunkSize) {
            var end = Math.min(this._start + this._config.chunkSize, this._input.size);
            input2 = slice.call(input2, this._start, end);
          }
          var txt = reader.readAsText(input2, this._config.encoding);
          if (!usingAsyncReader)
            this._chunkLoaded({ target: { result: txt } });
        };
        this._chunkLoaded = function(event) {
          this._start += this._config.chunkSize;
          this._finished = !this._config.chunkSize || this._start >= this._input.size;
          this.parseChunk(event.target.result);
        };
        this._chunkError = function() {
          this._sendError(reader.error);
        };
      }
      FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
      FileStreamer.prototype.constructor = FileStreamer;
      function StringStreamer(config2) {
        config2 = config2 || {};
        ChunkStreamer.call(this, config2);
        var remaining;
        this.stream = function(s) {
          remaining = s;
          return this._nextChunk();
        };
        this._nextChunk = function() {
          if (this._finished) return;
          var size = this._config.chunkSize;
          var chunk;
          if (size) {
            chunk = remaining.substring(0, size);
            remaining = remaining.substring(size);
          } else {
            chunk = remaining;
            remaining = "";
          }
          this._finished = !remaining;
          return this.parseChunk(chunk);
        };
      }
      StringStreamer.prototype = Object.create(StringStreamer.prototype);
      StringStreamer.prototype.constructor = StringStreamer;
      function ReadableStreamStreamer(config2) {
        config2 = config2 || {};
        ChunkStreamer.call(this, config2);
        var queue = [];
        var parseOnData = true;
        var streamHasEnded = false;
        this.pause = function() {
          ChunkStreamer.prototype.pause.apply(this, arguments);
          this._input.pause();
        };
        this.resume = function() {
          ChunkStreamer.prototype.resume.apply(this, arguments);
          this._input.resume();
        };
        this.stream = function(stream) {
          this._input = stream;
          this._input.on("data", this._streamData);
          this._input.on("end", this._streamEnd);
          this._input.on("error", this._streamError);
        };
        this._checkIsFinished = function() {
          if (streamHasEnded && queue.length === 1) {
            this._finished = true;
          }
        };
        this._nextChunk = function() {
          this._checkIsFinished();
          if (queue.length) {
            this.parseChunk(queue.shift());
          } else {
            parseOnData = true;
          }
        };
        this._streamData = bindFunction(function(chunk) {
          try {
            queue.push(typeof chunk === "string" ? chunk : chunk.toString(this._config.encoding));
            if (parseOnData) {
              parseOnData = false;
              this._checkIsFinished();
              this.parseChunk(queue.shift());
            }
          } catch (error2) {
            this._streamError(error2);
          }
        }, this);
        this._streamError = bindFunction(function(error2) {
          this._streamCleanUp();
          this._sendError(error2);
        }, this);
        this._streamEnd = bindFunction(function() {
          this._streamCleanUp();
          streamHasEnded = true;
          this._streamData("");
        }, this);
        this._streamCleanUp = bindFunction(function() {
          this._input.removeListener("data", this._streamData);
          this._input.removeListener("end", this._streamEnd);
          this._input.removeListener("error", this._streamError);
        }, this);
      }
      ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
      ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;
      function DuplexStreamStreamer(_config) {
        var Duplex = __require("stream").Duplex;
        var config2 = copy(_config);
        var parseOnWrite = true;
        var writeStreamHasFinished = false;
        var parseCallbackQueue = [];
        var stream = null;
        this._onCsvData = function(results) {
          var data = results.data;
          if (!stream.push(data) && !this._handle.paused()) {
            this._handle.pause();
          }
        };
        this._onCsvComplete = function() {
          stream.push(null);
        };
        config2.step = bindFunction(this._onCsvData, this);
        config2.complete = bindFunction(this._onCsvComplete, this);
        ChunkStreamer.call(this, config2);
        this._nextChunk = function() {
          if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
            this._finished = true;
          }
          if (parseCallbackQueue.length) {
            parseCallbackQueue.shift()();
          } else {
            parseOnWrite = true;
          }
        };
        this._addToParseQueue = function(chunk, callback) {
          parseCallbackQueue.push(bindFunction(function() {
            this.parseChunk(typeof chunk === "string" ? chunk : chunk.toString(config2.encoding));
            if (isFunction(callback)) {
              return callback();
            }
          }, this));
          if (parseOnWrite) {
            parseOnWrite = false;
            this._nextChunk();
          }
        };
        this._onRead = function() {
          if (this._handle.paused()) {
            this._handle.resume();
          }
        };
        this._onWrite = function(chunk, encoding, callback) {
          this._addToParseQueue(chunk, callback);
        };
        this._onWriteComplete = function() {
          writeStreamHasFinished = true;
          this._addToParseQueue("");
        };
        this.getStream = function() {
          return stream;
        };
        stream = new Duplex({
          readableObjectMode: true,
          decodeStrings: false,
          read: bindFunction(this._onRead, this),
          write: bindFunction(this._onWrite, this)
        });
        stream.once("finish", bindFunction(this._onWriteComplete, this));
      }
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
        DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
      }
      function ParserHandle(_config) {
        var MAX_FLOAT = Math.pow(2, 53);
        var MIN_FLOAT = -MAX_FLOAT;
        var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
        var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
        var self2 = this;
        var _stepCounter = 0;
        var _rowCounter = 0;
        var _input;
        var _parser;
        var _paused = false;
        var _aborted = false;
        var _delimiterError;
        var _fields = [];
        var _results = {
          // The last results returned from the parser
          data: [],
          errors: [],
          meta: {}
        };
        if (isFunction(_config.step)) {
          var userStep = _config.step;
          _config.step = function(results) {
            _results = results;
            if (needsHeaderRow())
              processResults();
            else {
              processResults();
              if (_results.data.length === 0)
                return;
              _stepCounter += results.data.length;
              if (_config.preview && _stepCounter > _config.preview)
                _parser.abort();
              else {
                _results.data = _results.data[0];
                userStep(_results, self2);
              }
            }
          };
        }
        this.parse = function(input2, baseIndex, ignoreLastRow) {
          var quoteChar = _config.quoteChar || '"';
          if (!_config.newline)
            _config.newline = this.guessLineEndings(input2, quoteChar);
          _delimiterError = false;
          if (!_config.delimiter) {
            var delimGuess = guessDelimiter(input2, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
            if (delimGuess.successful)
              _config.delimiter = delimGuess.bestDelimiter;
            else {
              _delimiterError = true;
              _config.delimiter = Papa2.DefaultDelimiter;
            }
            _results.meta.delimiter = _config.delimiter;
          } else if (isFunction(_config.delimiter)) {
            _config.delimiter = _config.delimiter(input2);
            _results.meta.delimiter = _config.delimiter;
          }
          var parserConfig = copy(_config);
          if (_config.preview && _config.header)
            parserConfig.preview++;
          _input = input2;
          _parser = new Parser(parserConfig);
          _results = _parser.parse(_input, baseIndex, ignoreLastRow);
          processResults();
          return _paused ? { meta: { paused: true } } : _results || { meta: { paused: false } };
        };
        this.paused = function() {
          return _paused;
        };
        this.pause = function() {
          _paused = true;
          _parser.abort();
          _input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
        };
        this.resume = function() {
          if (self2.streamer._halted) {
            _paused = false;
            self2.streamer.parseChunk(_input, true);
          } else {
            setTimeout(self2.resume, 3);
          }
        };
        this.aborted = function() {
          return _aborted;
        };
        this.abort = function() {
          _aborted = true;
          _parser.abort();
          _results.meta.aborted = true;
          if (isFunction(_config.complete))
            _config.complete(_results);
          _input = "";
        };
        this.guessLineEndings = function(input2, quoteChar) {
          input2 = input2.substring(0, 1024 * 1024);
          var re = new RegExp(escapeRegExp(quoteChar) + "([^]*?)" + escapeRegExp(quoteChar), "gm");
          input2 = input2.replace(re, "");
          var r = input2.split("\r");
          var n = input2.split("\n");
          var nAppearsFirst = n.length > 1 && n[0].length < r[0].length;
          if (r.length === 1 || nAppearsFirst)
            return "\n";
          var numWithN = 0;
          for (var i2 = 0; i2 < r.length; i2++) {
            if (r[i2][0] === "\n")
              numWithN++;
          }
          return numWithN >= r.length / 2 ? "\r\n" : "\r";
        };
        function testEmptyLine(s) {
          return _config.skipEmptyLines === "greedy" ? s.join("").trim() === "" : s.length === 1 && s[0].length === 0;
        }
        function testFloat(s) {
          if (FLOAT.test(s)) {
            var floatValue = parseFloat(s);
            if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
              return true;
            }
          }
          return false;
        }
        function processResults() {
          if (_results && _delimiterError) {
            addError("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + Papa2.DefaultDelimiter + "'");
            _delimiterError = false;
          }
          if (_config.skipEmptyLines) {
            _results.data = _results.data.filter(function(d) {
              return !testEmptyLine(d);
            });
          }
          if (needsHeaderRow())
            fillHeaderFields();
          return applyHeaderAndDynamicTypingAndTransformation();
        }
        function needsHeaderRow() {
          return _config.header && _fields.length === 0;
        }
        function fillHeaderFields() {
          if (!_results)
            return;
          function addHeader(header, i3) {
            if (isFunction(_config.transformHeader))
              header = _config.transformHeader(header, i3);
            _fields.push(header);
          }
          if (Array.isArray(_results.data[0])) {
            for (var i2 = 0; needsHeaderRow() && i2 < _results.data.length; i2++)
              _results.data[i2].forEach(addHeader);
            _results.data.splice(0, 1);
          } else
            _results.data.forEach(addHeader);
        }
        function shouldApplyDynamicTyping(field) {
          if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === void 0) {
            _config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
          }
          return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
        }
        function parseDynamic(field, value) {
          if (shouldApplyDynamicTyping(field)) {
            if (value === "true" || value === "TRUE")
              return true;
            else if (value === "false" || value === "FALSE")
              return false;
            else if (testFloat(value))
              return parseFloat(value);
            else if (ISO_DATE.test(value))
              return new Date(value);
            else
              return value === "" ? null : value;
          }
          return value;
        }
        function applyHeaderAndDynamicTypingAndTransformation() {
          if (!_results || !_config.header && !_config.dynamicTyping && !_config.transform)
            return _results;
          function processRow(rowSource, i2) {
            var row2 = _config.header ? {} : [];
            var j;
            for (j = 0; j < rowSource.length; j++) {
              var field = j;
              var value = rowSource[j];
              if (_config.header)
                field = j >= _fields.length ? "__parsed_extra" : _fields[j];
              if (_config.transform)
                value = _config.transform(value, field);
              value = parseDynamic(field, value);
              if (field === "__parsed_extra") {
                row2[field] = row2[field] || [];
                row2[field].push(value);
              } else
                row2[field] = value;
            }
            if (_config.header) {
              if (j > _fields.length)
                addError("FieldMismatch", "TooManyFields", "Too many fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i2);
              else if (j < _fields.length)
                addError("FieldMismatch", "TooFewFields", "Too few fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i2);
            }
            return row2;
          }
          var incrementBy = 1;
          if (!_results.data.length || Array.isArray(_results.data[0])) {
            _results.data = _results.data.map(processRow);
            incrementBy = _results.data.length;
          } else
            _results.data = processRow(_results.data, 0);
          if (_config.header && _results.meta)
            _results.meta.fields = _fields;
          _rowCounter += incrementBy;
          return _results;
        }
        function guessDelimiter(input2, newline, skipEmptyLines, comments, delimitersToGuess) {
          var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;
          delimitersToGuess = delimitersToGuess || [",", "	", "|", ";", Papa2.RECORD_SEP, Papa2.UNIT_SEP];
          for (var i2 = 0; i2 < delimitersToGuess.length; i2++) {
            var delim = delimitersToGuess[i2];
            var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
            fieldCountPrevRow = void 0;
            var preview = new Parser({
              comments,
              delimiter: delim,
              newline,
              preview: 10
            }).parse(input2);
            for (var j = 0; j < preview.data.length; j++) {
              if (skipEmptyLines && testEmptyLine(preview.data[j])) {
                emptyLinesCount++;
                continue;
              }
              var fieldCount = preview.data[j].length;
              avgFieldCount += fieldCount;
              if (typeof fieldCountPrevRow === "undefined") {
                fieldCountPrevRow = fieldCount;
                continue;
              } else if (fieldCount > 0) {
                delta += Math.abs(fieldCount - fieldCountPrevRow);
                fieldCountPrevRow = fieldCount;
              }
            }
            if (preview.data.length > 0)
              avgFieldCount /= preview.data.length - emptyLinesCount;
            if ((typeof bestDelta === "undefined" || delta <= bestDelta) && (typeof maxFieldCount === "undefined" || avgFieldCount > maxFieldCount) && avgFieldCount > 1.99) {
              bestDelta = delta;
              bestDelim = delim;
              maxFieldCount = avgFieldCount;
            }
          }
          _config.delimiter = bestDelim;
          return {
            successful: !!bestDelim,
            bestDelimiter: bestDelim
          };
        }
        function addError(type, code2, msg, row2) {
          var error2 = {
            type,
            code: code2,
            message: msg
          };
          if (row2 !== void 0) {
            error2.row = row2;
          }
          _results.errors.push(error2);
        }
      }
      function escapeRegExp(string4) {
        return string4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function Parser(config2) {
        config2 = config2 || {};
        var delim = config2.delimiter;
        var newline = config2.newline;
        var comments = config2.comments;
        var step = config2.step;
        var preview = config2.preview;
        var fastMode = config2.fastMode;
        var quoteChar;
        var renamedHeaders = null;
        var headerParsed = false;
        if (config2.quoteChar === void 0 || config2.quoteChar === null) {
          quoteChar = '"';
        } else {
          quoteChar = config2.quoteChar;
        }
        var escapeChar = quoteChar;
        if (config2.escapeChar !== void 0) {
          escapeChar = config2.escapeChar;
        }
        if (typeof delim !== "string" || Papa2.BAD_DELIMITERS.indexOf(delim) > -1)
          delim = ",";
        if (comments === delim)
          throw new Error("Comment character same as delimiter");
        else if (comments === true)
          comments = "#";
        else if (typeof comments !== "string" || Papa2.BAD_DELIMITERS.indexOf(comments) > -1)
          comments = false;
        if (newline !== "\n" && newline !== "\r" && newline !== "\r\n")
          newline = "\n";
        var cursor = 0;
        var aborted2 = false;
        this.parse = function(input2, baseIndex, ignoreLastRow) {
          if (typeof input2 !== "string")
            throw new Error("Input must be a string");
          var inputLen = input2.length, delimLen = delim.length, newlineLen = newline.length, commentsLen = comments.length;
          var stepIsFunction = isFunction(step);
          cursor = 0;
          var data = [], errors = [], row2 = [], lastCursor = 0;
          if (!input2)
            return returnable();
          if (fastMode || fastMode !== false && input2.indexOf(quoteChar) === -1) {
            var rows = input2.split(newline);
            for (var i2 = 0; i2 < rows.length; i2++) {
              row2 = rows[i2];
              cursor += row2.length;
              if (i2 !== rows.length - 1)
                cursor += newline.length;
              else if (ignoreLastRow)
                return returnable();
              if (comments && row2.substring(0, commentsLen) === comments)
                continue;
              if (stepIsFunction) {
                data = [];
                pushRow(row2.split(delim));
                doStep();
                if (aborted2)
                  return returnable();
              } else
                pushRow(row2.split(delim));
              if (preview && i2 >= preview) {
                data = data.slice(0, preview);
                return returnable(true);
              }
            }
            return returnable();
          }
          var nextDelim = input2.indexOf(delim, cursor);
          var nextNewline = input2.indexOf(newline, cursor);
          var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), "g");
          var quoteSearch = input2.indexOf(quoteChar, cursor);
          for (; ; ) {
            if (input2[cursor] === quoteChar) {
              quoteSearch = cursor;
              cursor++;
              for (; ; ) {
                quoteSearch = input2.indexOf(quoteChar, quoteSearch + 1);
                if (quoteSearch === -1) {
                  if (!ignoreLastRow) {
                    errors.push({
                      type: "Quotes",
                      code: "MissingQuotes",
                      message: "Quoted field unterminated",
                      row: data.length,
                      // row has yet to be inserted
                      index: cursor
                    });
                  }
                  return finish();
                }
                if (quoteSearch === inputLen - 1) {
                  var value = input2.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
                  return finish(value);
                }
                if (quoteChar === escapeChar && input2[quoteSearch + 1] === escapeChar) {
                  quoteSearch++;
                  continue;
                }
                if (quoteChar !== escapeChar && quoteSearch !== 0 && input2[quoteSearch - 1] === escapeChar) {
                  continue;
                }
                if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
                  nextDelim = input2.indexOf(delim, quoteSearch + 1);
                }
                if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
                  nextNewline = input2.indexOf(newline, quoteSearch + 1);
                }
                var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
                var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);
                if (input2.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim) {
                  row2.push(input2.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;
                  if (input2[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar) {
                    quoteSearch = input2.indexOf(quoteChar, cursor);
                  }
                  nextDelim = input2.indexOf(delim, cursor);
                  nextNewline = input2.indexOf(newline, cursor);
                  break;
                }
                var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);
                if (input2.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline) {
                  row2.push(input2.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
                  nextDelim = input2.indexOf(delim, cursor);
                  quoteSearch = input2.indexOf(quoteChar, cursor);
                  if (stepIsFunction) {
                    doStep();
                    if (aborted2)
                      return returnable();
                  }
                  if (preview && data.length >= preview)
                    return returnable(true);
                  break;
                }
                errors.push({
                  type: "Quotes",
                  code: "InvalidQuotes",
                  message: "Trailing quote on quoted field is malformed",
                  row: data.length,
                  // row has yet to be inserted
                  index: cursor
                });
                quoteSearch++;
                continue;
              }
              continue;
            }
            if (comments && row2.length === 0 && input2.substring(cursor, cursor + commentsLen) === comments) {
              if (nextNewline === -1)
                return returnable();
              cursor = nextNewline + newlineLen;
              nextNewline = input2.indexOf(newline, cursor);
              nextDelim = input2.indexOf(delim, cursor);
              continue;
            }
            if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
              row2.push(input2.substring(cursor, nextDelim));
              cursor = nextDelim + delimLen;
              nextDelim = input2.indexOf(delim, cursor);
              continue;
            }
            if (nextNewline !== -1) {
              row2.push(input2.substring(cursor, nextNewline));
              saveRow(nextNewline + newlineLen);
              if (stepIsFunction) {
                doStep();
                if (aborted2)
                  return returnable();
              }
              if (preview && data.length >= preview)
                return returnable(true);
              continue;
            }
            break;
          }
          return finish();
          function pushRow(row3) {
            data.push(row3);
            lastCursor = cursor;
          }
          function extraSpaces(index) {
            var spaceLength = 0;
            if (index !== -1) {
              var textBetweenClosingQuoteAndIndex = input2.substring(quoteSearch + 1, index);
              if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === "") {
                spaceLength = textBetweenClosingQuoteAndIndex.length;
              }
            }
            return spaceLength;
          }
          function finish(value2) {
            if (ignoreLastRow)
              return returnable();
            if (typeof value2 === "undefined")
              value2 = input2.substring(cursor);
            row2.push(value2);
            cursor = inputLen;
            pushRow(row2);
            if (stepIsFunction)
              doStep();
            return returnable();
          }
          function saveRow(newCursor) {
            cursor = newCursor;
            pushRow(row2);
            row2 = [];
            nextNewline = input2.indexOf(newline, cursor);
          }
          function returnable(stopped) {
            if (config2.header && !baseIndex && data.length && !headerParsed) {
              const result = data[0];
              const headerCount = /* @__PURE__ */ Object.create(null);
              const usedHeaders = new Set(result);
              let duplicateHeaders = false;
              for (let i3 = 0; i3 < result.length; i3++) {
                let header = result[i3];
                if (isFunction(config2.transformHeader))
                  header = config2.transformHeader(header, i3);
                if (!headerCount[header]) {
                  headerCount[header] = 1;
                  result[i3] = header;
                } else {
                  let newHeader;
                  let suffixCount = headerCount[header];
                  do {
                    newHeader = `${header}_${suffixCount}`;
                    suffixCount++;
                  } while (usedHeaders.has(newHeader));
                  usedHeaders.add(newHeader);
                  result[i3] = newHeader;
                  headerCount[header]++;
                  duplicateHeaders = true;
                  if (renamedHeaders === null) {
                    renamedHeaders = {};
                  }
                  renamedHeaders[newHeader] = header;
                }
                usedHeaders.add(header);
              }
              if (duplicateHeaders) {
                console.warn("Duplicate headers found and renamed.");
              }
              headerParsed = true;
            }
            return {
              data,
              errors,
              meta: {
                delimiter: delim,
                linebreak: newline,
                aborted: aborted2,
                truncated: !!stopped,
                cursor: lastCursor + (baseIndex || 0),
                renamedHeaders
              }
            };
          }
          function doStep() {
            step(returnable());
            data = [];
            errors = [];
          }
        };
        this.abort = function() {
          aborted2 = true;
        };
        this.getCharIndex = function() {
          return cursor;
        };
      }
      function newWorker() {
        if (!Papa2.WORKERS_SUPPORTED)
          return false;
        var workerUrl = getWorkerBlob();
        var w = new global.Worker(workerUrl);
        w.onmessage = mainThreadReceivedMessage;
        w.id = workerIdCounter++;
        workers[w.id] = w;
        return w;
      }
      function mainThreadReceivedMessage(e) {
        var msg = e.data;
        var worker = workers[msg.workerId];
        var aborted2 = false;
        if (msg.error)
          worker.userError(msg.error, msg.file);
        else if (msg.results && msg.results.data) {
          var abort = function() {
            aborted2 = true;
            completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
          };
          var handle = {
            abort,
            pause: notImplemented,
            resume: notImplemented
          };
          if (isFunction(worker.userStep)) {
            for (var i2 = 0; i2 < msg.results.data.length; i2++) {
              worker.userStep({
                data: msg.results.data[i2],
                errors: msg.results.errors,
                meta: msg.results.meta
              }, handle);
              if (aborted2)
                break;
            }
            delete msg.results;
          } else if (isFunction(worker.userChunk)) {
            worker.userChunk(msg.results, handle, msg.file);
            delete msg.results;
          }
        }
        if (msg.finished && !aborted2)
          completeWorker(msg.workerId, msg.results);
      }
      function completeWorker(workerId, results) {
        var worker = workers[workerId];
        if (isFunction(worker.userComplete))
          worker.userComplete(results);
        worker.terminate();
        delete workers[workerId];
      }
      function notImplemented() {
        throw new Error("Not implemented.");
      }
      function workerThreadReceivedMessage(e) {
        var msg = e.data;
        if (typeof Papa2.WORKER_ID === "undefined" && msg)
          Papa2.WORKER_ID = msg.workerId;
        if (typeof msg.input === "string") {
          global.postMessage({
            workerId: Papa2.WORKER_ID,
            results: Papa2.parse(msg.input, msg.config),
            finished: true
          });
        } else if (global.File && msg.input instanceof File || msg.input instanceof Object) {
          var results = Papa2.parse(msg.input, msg.config);
          if (results)
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              results,
              finished: true
            });
        }
      }
      function copy(obj) {
        if (typeof obj !== "object" || obj === null)
          return obj;
        var cpy = Array.isArray(obj) ? [] : {};
        for (var key in obj)
          cpy[key] = copy(obj[key]);
        return cpy;
      }
      function bindFunction(f, self2) {
        return function() {
          f.apply(self2, arguments);
        };
      }
      function isFunction(func) {
        return typeof func === "function";
      }
      return Papa2;
    });
  }
});

// bench/child.ts
import { randomUUID } from "node:crypto";
import fs6 from "node:fs";

// ../main/node_modules/zod/v4/classic/external.js
var external_exports = {};
__export(external_exports, {
  $brand: () => $brand,
  $input: () => $input,
  $output: () => $output,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRealError: () => ZodRealError,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  clone: () => clone,
  codec: () => codec,
  coerce: () => coerce_exports,
  compile: () => compile,
  config: () => config,
  core: () => core_exports2,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  decode: () => decode2,
  decodeAsync: () => decodeAsync2,
  deepPartial: () => deepPartial,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  encode: () => encode2,
  encodeAsync: () => encodeAsync2,
  endsWith: () => _endsWith,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  flattenError: () => flattenError,
  float32: () => float32,
  float64: () => float64,
  formatError: () => formatError,
  fromJSONSchema: () => fromJSONSchema,
  function: () => _function,
  getDiscriminatedOption: () => getDiscriminatedOption,
  getErrorMap: () => getErrorMap,
  globalRegistry: () => globalRegistry,
  gt: () => _gt,
  gte: () => _gte,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  includes: () => _includes,
  input: () => input,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  iso: () => iso_exports,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  length: () => _length,
  literal: () => literal,
  locales: () => zod_locales_en_exports,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  mac: () => mac2,
  map: () => map,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  memoizer: () => memoizer,
  meta: () => meta2,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  negative: () => _negative,
  never: () => never,
  nonnegative: () => _nonnegative,
  nonoptional: () => nonoptional,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  output: () => output,
  overwrite: () => _overwrite,
  parse: () => parse2,
  parseAsync: () => parseAsync2,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  positive: () => _positive,
  prefault: () => prefault,
  preprocess: () => preprocess,
  prettifyError: () => prettifyError,
  promise: () => promise,
  properties: () => _properties,
  property: () => _property,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  regex: () => _regex,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode2,
  safeDecodeAsync: () => safeDecodeAsync2,
  safeEncode: () => safeEncode2,
  safeEncodeAsync: () => safeEncodeAsync2,
  safeParse: () => safeParse2,
  safeParseAsync: () => safeParseAsync2,
  set: () => set,
  setErrorMap: () => setErrorMap,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  toJSONSchema: () => toJSONSchema,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  toZod: () => toZod,
  transform: () => transform,
  treeifyError: () => treeifyError,
  trim: () => _trim,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  uppercase: () => _uppercase,
  url: () => url,
  util: () => util_exports,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  validate: () => validate,
  validateAsync: () => validateAsync,
  void: () => _void2,
  withParser: () => withParser,
  xid: () => xid2,
  xor: () => xor
});

// ../main/node_modules/zod/v4/core/index.js
var core_exports2 = {};
__export(core_exports2, {
  $ZodAny: () => $ZodAny,
  $ZodArray: () => $ZodArray,
  $ZodAsyncError: () => $ZodAsyncError,
  $ZodBase64: () => $ZodBase64,
  $ZodBase64URL: () => $ZodBase64URL,
  $ZodBigInt: () => $ZodBigInt,
  $ZodBigIntFormat: () => $ZodBigIntFormat,
  $ZodBoolean: () => $ZodBoolean,
  $ZodCIDRv4: () => $ZodCIDRv4,
  $ZodCIDRv6: () => $ZodCIDRv6,
  $ZodCUID: () => $ZodCUID,
  $ZodCUID2: () => $ZodCUID2,
  $ZodCatch: () => $ZodCatch,
  $ZodCheck: () => $ZodCheck,
  $ZodCheckBigIntFormat: () => $ZodCheckBigIntFormat,
  $ZodCheckEndsWith: () => $ZodCheckEndsWith,
  $ZodCheckGreaterThan: () => $ZodCheckGreaterThan,
  $ZodCheckIncludes: () => $ZodCheckIncludes,
  $ZodCheckLengthEquals: () => $ZodCheckLengthEquals,
  $ZodCheckLessThan: () => $ZodCheckLessThan,
  $ZodCheckLowerCase: () => $ZodCheckLowerCase,
  $ZodCheckMaxLength: () => $ZodCheckMaxLength,
  $ZodCheckMaxSize: () => $ZodCheckMaxSize,
  $ZodCheckMimeType: () => $ZodCheckMimeType,
  $ZodCheckMinLength: () => $ZodCheckMinLength,
  $ZodCheckMinSize: () => $ZodCheckMinSize,
  $ZodCheckMultipleOf: () => $ZodCheckMultipleOf,
  $ZodCheckNumberFormat: () => $ZodCheckNumberFormat,
  $ZodCheckOverwrite: () => $ZodCheckOverwrite,
  $ZodCheckProperties: () => $ZodCheckProperties,
  $ZodCheckProperty: () => $ZodCheckProperty,
  $ZodCheckRegex: () => $ZodCheckRegex,
  $ZodCheckSizeEquals: () => $ZodCheckSizeEquals,
  $ZodCheckStartsWith: () => $ZodCheckStartsWith,
  $ZodCheckStringFormat: () => $ZodCheckStringFormat,
  $ZodCheckUpperCase: () => $ZodCheckUpperCase,
  $ZodCodec: () => $ZodCodec,
  $ZodCreditCard: () => $ZodCreditCard,
  $ZodCustom: () => $ZodCustom,
  $ZodCustomStringFormat: () => $ZodCustomStringFormat,
  $ZodCyclicError: () => $ZodCyclicError,
  $ZodDate: () => $ZodDate,
  $ZodDefault: () => $ZodDefault,
  $ZodDiscriminatedUnion: () => $ZodDiscriminatedUnion,
  $ZodE164: () => $ZodE164,
  $ZodEmail: () => $ZodEmail,
  $ZodEmoji: () => $ZodEmoji,
  $ZodEncodeError: () => $ZodEncodeError,
  $ZodEnum: () => $ZodEnum,
  $ZodError: () => $ZodError,
  $ZodExactOptional: () => $ZodExactOptional,
  $ZodFile: () => $ZodFile,
  $ZodFunction: () => $ZodFunction,
  $ZodGUID: () => $ZodGUID,
  $ZodIBAN: () => $ZodIBAN,
  $ZodIPv4: () => $ZodIPv4,
  $ZodIPv6: () => $ZodIPv6,
  $ZodISODate: () => $ZodISODate,
  $ZodISODateTime: () => $ZodISODateTime,
  $ZodISODuration: () => $ZodISODuration,
  $ZodISOTime: () => $ZodISOTime,
  $ZodIntersection: () => $ZodIntersection,
  $ZodJWT: () => $ZodJWT,
  $ZodKSUID: () => $ZodKSUID,
  $ZodLazy: () => $ZodLazy,
  $ZodLiteral: () => $ZodLiteral,
  $ZodMAC: () => $ZodMAC,
  $ZodMap: () => $ZodMap,
  $ZodNaN: () => $ZodNaN,
  $ZodNanoID: () => $ZodNanoID,
  $ZodNever: () => $ZodNever,
  $ZodNonOptional: () => $ZodNonOptional,
  $ZodNull: () => $ZodNull,
  $ZodNullable: () => $ZodNullable,
  $ZodNumber: () => $ZodNumber,
  $ZodNumberFormat: () => $ZodNumberFormat,
  $ZodObject: () => $ZodObject,
  $ZodObjectJIT: () => $ZodObjectJIT,
  $ZodOptional: () => $ZodOptional,
  $ZodPipe: () => $ZodPipe,
  $ZodPrefault: () => $ZodPrefault,
  $ZodPreprocess: () => $ZodPreprocess,
  $ZodPromise: () => $ZodPromise,
  $ZodReadonly: () => $ZodReadonly,
  $ZodRealError: () => $ZodRealError,
  $ZodRecord: () => $ZodRecord,
  $ZodRegistry: () => $ZodRegistry,
  $ZodSet: () => $ZodSet,
  $ZodString: () => $ZodString,
  $ZodStringFormat: () => $ZodStringFormat,
  $ZodSuccess: () => $ZodSuccess,
  $ZodSymbol: () => $ZodSymbol,
  $ZodTemplateLiteral: () => $ZodTemplateLiteral,
  $ZodTransform: () => $ZodTransform,
  $ZodTuple: () => $ZodTuple,
  $ZodType: () => $ZodType,
  $ZodULID: () => $ZodULID,
  $ZodURL: () => $ZodURL,
  $ZodUUID: () => $ZodUUID,
  $ZodUndefined: () => $ZodUndefined,
  $ZodUnion: () => $ZodUnion,
  $ZodUnknown: () => $ZodUnknown,
  $ZodVoid: () => $ZodVoid,
  $ZodXID: () => $ZodXID,
  $ZodXor: () => $ZodXor,
  $brand: () => $brand,
  $constructor: () => $constructor,
  $input: () => $input,
  $output: () => $output,
  Doc: () => Doc,
  INVALID: () => INVALID,
  JSONSchema: () => json_schema_exports,
  JSONSchemaGenerator: () => JSONSchemaGenerator,
  NEVER: () => NEVER,
  TimePrecision: () => TimePrecision,
  URL_BAD_FORMAT: () => URL_BAD_FORMAT,
  URL_UNPARSEABLE: () => URL_UNPARSEABLE,
  ZodCompileAsyncError: () => ZodCompileAsyncError,
  ZodCompileUnsupportedError: () => ZodCompileUnsupportedError,
  _any: () => _any,
  _array: () => _array,
  _base64: () => _base64,
  _base64url: () => _base64url,
  _bigint: () => _bigint,
  _boolean: () => _boolean,
  _catch: () => _catch,
  _check: () => _check,
  _cidrv4: () => _cidrv4,
  _cidrv6: () => _cidrv6,
  _coercedBigint: () => _coercedBigint,
  _coercedBoolean: () => _coercedBoolean,
  _coercedDate: () => _coercedDate,
  _coercedNumber: () => _coercedNumber,
  _coercedString: () => _coercedString,
  _creditCard: () => _creditCard,
  _cuid: () => _cuid,
  _cuid2: () => _cuid2,
  _custom: () => _custom,
  _date: () => _date,
  _decode: () => _decode,
  _decodeAsync: () => _decodeAsync,
  _default: () => _default,
  _discriminatedUnion: () => _discriminatedUnion,
  _e164: () => _e164,
  _email: () => _email,
  _emoji: () => _emoji2,
  _encode: () => _encode,
  _encodeAsync: () => _encodeAsync,
  _endsWith: () => _endsWith,
  _enum: () => _enum,
  _file: () => _file,
  _float32: () => _float32,
  _float64: () => _float64,
  _gt: () => _gt,
  _gte: () => _gte,
  _guid: () => _guid,
  _iban: () => _iban,
  _includes: () => _includes,
  _int: () => _int,
  _int32: () => _int32,
  _int64: () => _int64,
  _intersection: () => _intersection,
  _ipv4: () => _ipv4,
  _ipv6: () => _ipv6,
  _isoDate: () => _isoDate,
  _isoDateTime: () => _isoDateTime,
  _isoDuration: () => _isoDuration,
  _isoTime: () => _isoTime,
  _jwt: () => _jwt,
  _ksuid: () => _ksuid,
  _lazy: () => _lazy,
  _length: () => _length,
  _literal: () => _literal,
  _lowercase: () => _lowercase,
  _lt: () => _lt,
  _lte: () => _lte,
  _mac: () => _mac,
  _map: () => _map,
  _max: () => _lte,
  _maxLength: () => _maxLength,
  _maxSize: () => _maxSize,
  _mime: () => _mime,
  _min: () => _gte,
  _minLength: () => _minLength,
  _minSize: () => _minSize,
  _multipleOf: () => _multipleOf,
  _nan: () => _nan,
  _nanoid: () => _nanoid,
  _nativeEnum: () => _nativeEnum,
  _negative: () => _negative,
  _never: () => _never,
  _nonnegative: () => _nonnegative,
  _nonoptional: () => _nonoptional,
  _nonpositive: () => _nonpositive,
  _normalize: () => _normalize,
  _null: () => _null2,
  _nullable: () => _nullable,
  _number: () => _number,
  _optional: () => _optional,
  _overwrite: () => _overwrite,
  _parse: () => _parse,
  _parseAsync: () => _parseAsync,
  _pipe: () => _pipe,
  _positive: () => _positive,
  _promise: () => _promise,
  _properties: () => _properties,
  _property: () => _property,
  _readonly: () => _readonly,
  _record: () => _record,
  _refine: () => _refine,
  _regex: () => _regex,
  _safeDecode: () => _safeDecode,
  _safeDecodeAsync: () => _safeDecodeAsync,
  _safeEncode: () => _safeEncode,
  _safeEncodeAsync: () => _safeEncodeAsync,
  _safeParse: () => _safeParse,
  _safeParseAsync: () => _safeParseAsync,
  _set: () => _set,
  _size: () => _size,
  _slugify: () => _slugify,
  _startsWith: () => _startsWith,
  _string: () => _string,
  _stringFormat: () => _stringFormat,
  _stringbool: () => _stringbool,
  _success: () => _success,
  _superRefine: () => _superRefine,
  _symbol: () => _symbol,
  _templateLiteral: () => _templateLiteral,
  _toLowerCase: () => _toLowerCase,
  _toUpperCase: () => _toUpperCase,
  _transform: () => _transform,
  _trim: () => _trim,
  _tuple: () => _tuple,
  _uint32: () => _uint32,
  _uint64: () => _uint64,
  _ulid: () => _ulid,
  _undefined: () => _undefined2,
  _union: () => _union,
  _unknown: () => _unknown,
  _uppercase: () => _uppercase,
  _url: () => _url,
  _uuid: () => _uuid,
  _uuidv4: () => _uuidv4,
  _uuidv6: () => _uuidv6,
  _uuidv7: () => _uuidv7,
  _void: () => _void,
  _xid: () => _xid,
  _xor: () => _xor,
  base64Charset: () => base64Charset,
  base64urlCharset: () => base64urlCharset,
  canParseURL: () => canParseURL,
  clone: () => clone,
  compile: () => compile,
  compileFn: () => compileFn,
  config: () => config,
  createStandardJSONSchemaMethod: () => createStandardJSONSchemaMethod,
  createToJSONSchemaMethod: () => createToJSONSchemaMethod,
  decode: () => decode,
  decodeAsync: () => decodeAsync,
  describe: () => describe,
  encode: () => encode,
  encodeAsync: () => encodeAsync,
  extractDefs: () => extractDefs,
  finalize: () => finalize,
  flattenError: () => flattenError,
  formatError: () => formatError,
  getDiscriminatedOption: () => getDiscriminatedOption,
  globalConfig: () => globalConfig,
  globalRegistry: () => globalRegistry,
  handleUnrepresentable: () => handleUnrepresentable,
  initializeContext: () => initializeContext,
  isBackEdge: () => isBackEdge,
  isRecursiveSchema: () => isRecursiveSchema,
  isValidBase64: () => isValidBase64,
  isValidBase64URL: () => isValidBase64URL,
  isValidCIDRv6: () => isValidCIDRv6,
  isValidCreditCard: () => isValidCreditCard,
  isValidIBAN: () => isValidIBAN,
  isValidIPv6: () => isValidIPv6,
  isValidJWT: () => isValidJWT,
  locales: () => zod_locales_en_exports,
  memoizer: () => memoizer,
  mergeValues: () => mergeValues,
  meta: () => meta,
  parse: () => parse,
  parseAsync: () => parseAsync,
  parseURLObject: () => parseURLObject,
  prettifyError: () => prettifyError,
  process: () => processSchema,
  processSchema: () => processSchema,
  regexes: () => regexes_exports,
  registry: () => registry,
  safeDecode: () => safeDecode,
  safeDecodeAsync: () => safeDecodeAsync,
  safeEncode: () => safeEncode,
  safeEncodeAsync: () => safeEncodeAsync,
  safeParse: () => safeParse,
  safeParseAsync: () => safeParseAsync,
  standardProps: () => standardProps,
  stripTabAndNewline: () => stripTabAndNewline,
  toDotPath: () => toDotPath,
  toJSONSchema: () => toJSONSchema,
  toZod: () => toZod,
  treeifyError: () => treeifyError,
  urlHostnameOk: () => urlHostnameOk,
  urlProtocolOk: () => urlProtocolOk,
  util: () => util_exports,
  validate: () => validate,
  validateAsync: () => validateAsync,
  validateURL: () => validateURL,
  version: () => version,
  withParser: () => withParser
});

// ../main/node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input2) {
  return input2 === null || input2 === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys2, wrap) {
  const raw = sourceShape(source);
  for (const key of keys2) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path5) {
  if (!path5)
    return obj;
  return path5.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys2 = Object.keys(promisesObj);
  const promises = keys2.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i2 = 0; i2 < keys2.length; i2++) {
      resolvedObj[keys2[i2]] = results[i2];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str2 = "";
  for (let i2 = 0; i2 < length; i2++) {
    str2 += chars[Math.floor(Math.random() * chars.length)];
  }
  return str2;
}
function esc(str2) {
  return JSON.stringify(str2);
}
function slugify(input2) {
  return input2.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys2 = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys2.push(key);
  }
  return keys2;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name2 = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name2}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
    if (x2.issues[i2]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i2 = startIndex; i2 < x2.issues.length; i2++) {
    if (x2.issues[i2]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path5, issues) {
  return issues.map((iss) => {
    var _a4;
    (_a4 = iss).path ?? (_a4.path = []);
    iss.path.unshift(path5);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a4;
  for (let i2 = start; i2 < issues.length; i2++) {
    (_a4 = issues[i2]).schema ?? (_a4.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a4;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a4 = iss).schema ?? (_a4.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input2) {
  if (input2 instanceof Set)
    return "set";
  if (input2 instanceof Map)
    return "map";
  if (input2 instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i2 = 0; i2 < units - 1; i2++) {
    if ((str2.charCodeAt(i2) & 64512) === 55296 && (str2.charCodeAt(i2 + 1) & 64512) === 56320) {
      count--;
      i2++;
    }
  }
  return count;
}
function getLengthableOrigin(input2) {
  if (Array.isArray(input2))
    return "array";
  if (typeof input2 === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input2, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input: input2,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base643) {
  const binaryString = atob(base643);
  const bytes = new Uint8Array(binaryString.length);
  for (let i2 = 0; i2 < binaryString.length; i2++) {
    bytes[i2] = binaryString.charCodeAt(i2);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i2 = 0; i2 < bytes.length; i2++) {
    binaryString += String.fromCharCode(bytes[i2]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url3) {
  const base643 = base64url3.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base643.length % 4) % 4);
  return base64ToUint8Array(base643 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex3) {
  const cleanHex = hex3.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i2 = 0; i2 < cleanHex.length; i2 += 2) {
    bytes[i2 / 2] = Number.parseInt(cleanHex.slice(i2, i2 + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err2) {
        delete this[key];
        broke = broke || outer;
        throw err2;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// ../main/node_modules/zod/v4/core/core.js
var _a;
var NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
var $brand = /* @__PURE__ */ Symbol("zod_brand");
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name2) {
    super(`Encountered unidirectional transform during encode: ${name2}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// ../main/node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path5 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path5, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path5, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path5, ...issue2.path]);
      } else {
        const fullpath = [...path5, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i2 = 0;
          while (i2 < fullpath.length) {
            const el = fullpath[i2];
            const terminal = i2 === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i2++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i2++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}
function treeifyError(error2, mapper = (issue2) => issue2.message) {
  const result = { errors: [] };
  const processError = (error3, path5 = []) => {
    var _a4;
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path5, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path5, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path5, ...issue2.path]);
      } else {
        const fullpath = [...path5, ...issue2.path];
        if (fullpath.length === 0) {
          result.errors.push(mapper(issue2));
          continue;
        }
        let curr = result;
        let i2 = 0;
        while (i2 < fullpath.length) {
          const el = fullpath[i2];
          const terminal = i2 === fullpath.length - 1;
          if (typeof el === "string") {
            curr.properties ?? (curr.properties = {});
            if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
              Object.defineProperty(curr.properties, el, {
                value: { errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            curr = curr.properties[el];
          } else {
            curr.items ?? (curr.items = []);
            (_a4 = curr.items)[el] ?? (_a4[el] = { errors: [] });
            curr = curr.items[el];
          }
          if (terminal) {
            curr.errors.push(mapper(issue2));
          }
          i2++;
        }
      }
    }
  };
  processError(error2);
  return result;
}
function toDotPath(_path) {
  const segs = [];
  const path5 = _path.map((seg) => typeof seg === "object" ? seg.key : seg);
  for (const seg of path5) {
    if (typeof seg === "number")
      segs.push(`[${seg}]`);
    else if (typeof seg === "symbol")
      segs.push(`[${JSON.stringify(String(seg))}]`);
    else if (/[^\w$]/.test(seg))
      segs.push(`[${JSON.stringify(seg)}]`);
    else {
      if (segs.length)
        segs.push(".");
      segs.push(seg);
    }
  }
  return segs.join("");
}
function prettifyError(error2) {
  const lines2 = [];
  const issues = [...error2.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
  for (const issue2 of issues) {
    lines2.push(`\u2716 ${issue2.message}`);
    if (issue2.path?.length)
      lines2.push(`  \u2192 at ${toDotPath(issue2.path)}`);
  }
  return lines2.join("\n");
}

// ../main/node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encode = /* @__PURE__ */ _encode($ZodRealError);
var _decode = (_Err) => {
  const parse3 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decode = /* @__PURE__ */ _decode($ZodRealError);
var _encodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync3(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var encodeAsync = /* @__PURE__ */ _encodeAsync($ZodRealError);
var _decodeAsync = (_Err) => {
  const parseAsync3 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync3(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var decodeAsync = /* @__PURE__ */ _decodeAsync($ZodRealError);
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var safeEncode = /* @__PURE__ */ _safeEncode($ZodRealError);
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var safeDecode = /* @__PURE__ */ _safeDecode($ZodRealError);
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync($ZodRealError);
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync($ZodRealError);

// ../main/node_modules/zod/v4/core/regexes.js
var regexes_exports = {};
__export(regexes_exports, {
  anyString: () => anyString,
  base64: () => base64,
  base64url: () => base64url,
  bigint: () => bigint,
  boolean: () => boolean,
  browserEmail: () => browserEmail,
  cidrv4: () => cidrv4,
  cidrv6: () => cidrv6,
  creditCard: () => creditCard,
  cuid: () => cuid,
  cuid2: () => cuid2,
  currencyCode: () => currencyCode,
  date: () => date,
  datetime: () => datetime,
  domain: () => domain,
  duration: () => duration,
  e164: () => e164,
  email: () => email,
  emoji: () => emoji,
  extendedDuration: () => extendedDuration,
  guid: () => guid,
  hex: () => hex,
  hostname: () => hostname,
  html5Email: () => html5Email,
  httpProtocol: () => httpProtocol,
  iban: () => iban,
  idnEmail: () => idnEmail,
  integer: () => integer,
  ipv4: () => ipv4,
  ipv6: () => ipv6,
  ksuid: () => ksuid,
  lowercase: () => lowercase,
  mac: () => mac,
  md5_base64: () => md5_base64,
  md5_base64url: () => md5_base64url,
  md5_hex: () => md5_hex,
  nanoid: () => nanoid,
  nanoidOfLength: () => nanoidOfLength,
  null: () => _null,
  number: () => number,
  rfc5322Email: () => rfc5322Email,
  sha1_base64: () => sha1_base64,
  sha1_base64url: () => sha1_base64url,
  sha1_hex: () => sha1_hex,
  sha256_base64: () => sha256_base64,
  sha256_base64url: () => sha256_base64url,
  sha256_hex: () => sha256_hex,
  sha384_base64: () => sha384_base64,
  sha384_base64url: () => sha384_base64url,
  sha384_hex: () => sha384_hex,
  sha512_base64: () => sha512_base64,
  sha512_base64url: () => sha512_base64url,
  sha512_hex: () => sha512_hex,
  string: () => string,
  time: () => time,
  ulid: () => ulid,
  undefined: () => _undefined,
  unicodeEmail: () => unicodeEmail,
  uppercase: () => uppercase,
  uuid: () => uuid,
  uuid4: () => uuid4,
  uuid6: () => uuid6,
  uuid7: () => uuid7,
  xid: () => xid
});
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var uuid4 = /* @__PURE__ */ uuid(4);
var uuid6 = /* @__PURE__ */ uuid(6);
var uuid7 = /* @__PURE__ */ uuid(7);
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
var unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
var idnEmail = unicodeEmail;
var browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var mac = (delimiter) => {
  const escapedDelim = escapeRegex(delimiter ?? ":");
  return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
var domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var creditCard = /^\d(?:[ -]?\d){11,18}$/;
var currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
var iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var string = (params) => {
  const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
  return new RegExp(`^${regex}$`);
};
var bigint = /^-?\d+n?$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var _undefined = /^undefined$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
var hex = /^[0-9a-fA-F]*$/;
function fixedBase64(bodyLength, padding) {
  return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
function fixedBase64url(length) {
  return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
var md5_hex = /^[0-9a-fA-F]{32}$/;
var md5_base64 = /* @__PURE__ */ fixedBase64(22, "==");
var md5_base64url = /* @__PURE__ */ fixedBase64url(22);
var sha1_hex = /^[0-9a-fA-F]{40}$/;
var sha1_base64 = /* @__PURE__ */ fixedBase64(27, "=");
var sha1_base64url = /* @__PURE__ */ fixedBase64url(27);
var sha256_hex = /^[0-9a-fA-F]{64}$/;
var sha256_base64 = /* @__PURE__ */ fixedBase64(43, "=");
var sha256_base64url = /* @__PURE__ */ fixedBase64url(43);
var sha384_hex = /^[0-9a-fA-F]{96}$/;
var sha384_base64 = /* @__PURE__ */ fixedBase64(64, "");
var sha384_base64url = /* @__PURE__ */ fixedBase64url(64);
var sha512_hex = /^[0-9a-fA-F]{128}$/;
var sha512_base64 = /* @__PURE__ */ fixedBase64(86, "==");
var sha512_base64url = /* @__PURE__ */ fixedBase64url(86);

// ../main/node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a4;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a4 = inst._zod).onattach ?? (_a4.onattach = []);
});
var _whenHasSize = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.size !== void 0;
};
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (isInt) {
      if (!Number.isInteger(input2)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input: input2,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input2)) {
        if (input2 > 0) {
          payload.issues.push({
            input: input2,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input: input2,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input2 < minimum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckBigIntFormat = /* @__PURE__ */ $constructor("$ZodCheckBigIntFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  const [minimum, maximum] = BIGINT_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (input2 < minimum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "bigint",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxSize = /* @__PURE__ */ $constructor("$ZodCheckMaxSize", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size <= def.maximum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinSize = /* @__PURE__ */ $constructor("$ZodCheckMinSize", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size >= def.minimum)
      return;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckSizeEquals = /* @__PURE__ */ $constructor("$ZodCheckSizeEquals", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasSize);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const size = input2.size;
    if (size === def.size)
      return;
    const tooBig = size > def.size;
    payload.issues.push({
      origin: getSizableOrigin(input2),
      ...tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units > def.maximum ? codePointLength(input2) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input2) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a4;
  $ZodCheck.init(inst, def);
  (_a4 = inst._zod.def).when ?? (_a4.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input2) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input2);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a4, _b2;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a4 = inst._zod).check ?? (_a4.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b2 = inst._zod).check ?? (_b2.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function handleCheckPropertyResult(result, payload, property) {
  if (result.issues.length) {
    payload.issues.push(...prefixIssues(property, result.issues));
  }
}
var $ZodCheckProperty = /* @__PURE__ */ $constructor("$ZodCheckProperty", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    const result = def.schema._zod.run({
      value: payload.value[def.property],
      issues: []
    }, {});
    if (result instanceof Promise) {
      return result.then((result2) => handleCheckPropertyResult(result2, payload, def.property));
    }
    handleCheckPropertyResult(result, payload, def.property);
    return;
  };
});
var $ZodCheckProperties = /* @__PURE__ */ $constructor("$ZodCheckProperties", (inst, def) => {
  $ZodCheck.init(inst, def);
  hide(inst, Symbol.iterator, function* () {
    yield inst;
  });
  let entries;
  inst._zod.check = (payload) => {
    if (payload.value == null) {
      payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
      return void 0;
    }
    entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
    const input2 = payload.value;
    let proms;
    for (const [key, schema] of entries) {
      const result = schema._zod.run({ value: input2[key], issues: [] }, {});
      if (result instanceof Promise) {
        proms ?? (proms = []);
        proms.push(result.then((result2) => handleCheckPropertyResult(result2, payload, key)));
      } else {
        handleCheckPropertyResult(result, payload, key);
      }
    }
    if (proms)
      return Promise.all(proms).then(() => void 0);
    return void 0;
  };
});
var $ZodCheckMimeType = /* @__PURE__ */ $constructor("$ZodCheckMimeType", (inst, def) => {
  $ZodCheck.init(inst, def);
  const mimeSet = new Set(def.mime);
  inst._zod.check = (payload) => {
    if (mimeSet.has(payload.value.type))
      return;
    payload.issues.push({
      code: "invalid_value",
      values: def.mime,
      input: payload.value.type,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// ../main/node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines2 = content.split("\n").filter((x2) => x2);
    const minIndent = Math.min(...lines2.map((x2) => x2.length - x2.trimStart().length));
    const dedented = lines2.map((x2) => x2.slice(minIndent)).map((x2) => " ".repeat(this.indent * 2) + x2);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// ../main/node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// ../main/node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a4;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input2) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input2);
    new URL(input2);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname3) {
  hostname3.lastIndex = 0;
  return hostname3.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodMAC = /* @__PURE__ */ $constructor("$ZodMAC", (inst, def) => {
  def.pattern ?? (def.pattern = mac(def.delimiter));
  $ZodStringFormat.init(inst, def);
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base643 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base643.padEnd(Math.ceil(base643.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
var CC_SANITIZE = /[- ]/g;
function isLuhnAlgo(digits) {
  let length = digits.length;
  let bit = 1;
  let sum = 0;
  while (length) {
    const value = digits.charCodeAt(--length) - 48;
    bit ^= 1;
    sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
  }
  return sum % 10 === 0;
}
function isValidCreditCard(input2) {
  if (!creditCard.test(input2))
    return false;
  return isLuhnAlgo(input2.replace(CC_SANITIZE, ""));
}
var $ZodCreditCard = /* @__PURE__ */ $constructor("$ZodCreditCard", (inst, def) => {
  def.pattern ?? (def.pattern = creditCard);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidCreditCard(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "credit_card",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isIso7064Mod97(iban3) {
  let remainder = 0;
  const len = iban3.length;
  for (let i2 = 4; i2 < len; i2++) {
    const code2 = iban3.charCodeAt(i2);
    remainder = (code2 >= 65 ? remainder * 100 + (code2 - 55) : remainder * 10 + (code2 - 48)) % 97;
  }
  for (let i2 = 0; i2 < 4; i2++) {
    const code2 = iban3.charCodeAt(i2);
    remainder = (code2 >= 65 ? remainder * 100 + (code2 - 55) : remainder * 10 + (code2 - 48)) % 97;
  }
  return remainder === 1;
}
function isValidIBAN(input2) {
  if (!iban.test(input2))
    return false;
  return isIso7064Mod97(input2);
}
var $ZodIBAN = /* @__PURE__ */ $constructor("$ZodIBAN", (inst, def) => {
  def.pattern ?? (def.pattern = iban);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidIBAN(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "iban",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCustomStringFormat = /* @__PURE__ */ $constructor("$ZodCustomStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (def.fn(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: def.format,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
      return payload;
    }
    const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input: input2,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodBigInt = /* @__PURE__ */ $constructor("$ZodBigInt", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = bigint;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = BigInt(payload.value);
      } catch (_) {
      }
    if (typeof payload.value === "bigint")
      return payload;
    payload.issues.push({
      expected: "bigint",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodBigIntFormat = /* @__PURE__ */ $constructor("$ZodBigIntFormat", (inst, def) => {
  $ZodCheckBigIntFormat.init(inst, def);
  $ZodBigInt.init(inst, def);
});
var $ZodSymbol = /* @__PURE__ */ $constructor("$ZodSymbol", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "symbol")
      return payload;
    payload.issues.push({
      expected: "symbol",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodUndefined = /* @__PURE__ */ $constructor("$ZodUndefined", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _undefined;
  inst._zod.values = /* @__PURE__ */ new Set([void 0]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "undefined",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodAny = /* @__PURE__ */ $constructor("$ZodAny", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodVoid = /* @__PURE__ */ $constructor("$ZodVoid", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (typeof input2 === "undefined")
      return payload;
    payload.issues.push({
      expected: "void",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input2 = payload.value;
    const isDate = input2 instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input2.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input: input2,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
var mapSize = (input2) => input2 instanceof Map ? input2.size : -1;
var setSize = (input2) => input2 instanceof Set ? input2.size : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i2 = 0; i2 < input2.length; i2++) {
      const item = input2[i2];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i2)));
      } else {
        handleArrayResult(result, payload, i2);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input2, optin, optout) {
  const isPresent = key in input2;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys2 = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys2, ...symbolKeys] : keys2;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys2),
    numKeys: keys2.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input2, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input2) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input2[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input2, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input: input2,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input2[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input2, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id2, k) => `
          let ${id2}_ab = false;
          for (let i = 0; i < ${id2}.issues.length; i++) {
            const iss = ${id2}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id2}_ab = true;
          }
          if (${id2}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id2 = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id2} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id2}_present` : `${id2}.value !== undefined || ${id2}_present`;
        doc.write(`
        const ${id2}_present = ${isPresent};
        if (!${id2}.issues.length || ${id2}_present) {
          if (${id2}.issues.length) {${prefixStr(id2, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id2}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id2}_present = ${isPresent};
        if (${id2}.issues.length) {${prefixStr(id2, k)}
        }
        if (!${id2}_present && !${id2}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id2}_present) {
          newResult[${k}] = ${id2}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id2}.issues.length) {${prefixStr(id2, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id2}.value;`);
        } else {
          doc.write(`
        if (${id2}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id2}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input2, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
  const matches = [];
  for (let i2 = 0; i2 < results.length; i2++) {
    if (results[i2].issues.length === 0)
      matches.push(i2);
  }
  if (matches.length === 1) {
    final.value = results[matches[0]].value;
    return final;
  }
  if (matches.length === 0) {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
  } else {
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: [],
      inclusive: false,
      matches
    });
  }
  return final;
}
var $ZodXor = /* @__PURE__ */ $constructor("$ZodXor", (inst, def) => {
  $ZodUnion.init(inst, def);
  def.inclusive = false;
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        results.push(result);
      }
    }
    if (!async)
      return handleExclusiveUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleExclusiveUnionResults(results2, payload, inst, ctx);
    });
  };
});
function getDiscriminatedOption(union2, value) {
  const internals = union2._zod;
  let map2 = internals.bag.optionsMap;
  if (!map2) {
    map2 = discriminatorMap(internals.def);
    internals.bag.optionsMap = map2;
  }
  const option = map2.get(value);
  if (option === null)
    throw new Error(`Ambiguous discriminator value "${String(value)}"`);
  return option;
}
function discriminatorMap(def) {
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i2) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i2}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isObject(input2)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input: input2,
        inst
      });
      return payload;
    }
    const value = input2?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input: input2,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    const left = def.left._zod.run({ value: input2, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input2, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys2;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys2 = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys2 = [k];
    } else {
      return false;
    }
    for (const k of keys2) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input2.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input2.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input: input2,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i2 = 0; i2 < items.length; i2++) {
      const r = items[i2]._zod.run({ value: input2[i2], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i2] = rr;
        }));
      } else {
        itemResults[i2] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i2 = items.length - 1;
      const rest = input2.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i2++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i2)));
        } else {
          handleTupleResult(result, payload, i2);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input2, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input2, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i2 = items.length - 1; i2 >= 0; i2--) {
    const omittable = key === "optin" ? items[i2]._zod.optin !== void 0 : items[i2]._zod.optout === "optional";
    if (!omittable)
      return i2 + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input2, optoutStart) {
  for (let i2 = 0; i2 < items.length; i2++) {
    const r = itemResults[i2];
    const isPresent = i2 < input2.length;
    if (!isPresent && i2 >= optoutStart && items[i2]._zod.optin === "optional") {
      final.value.length = i2;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i2 >= optoutStart) {
        final.value.length = i2;
        break;
      }
      final.issues.push(...prefixIssues(i2, r.issues));
    }
    final.value[i2] = r.value;
  }
  for (let i2 = final.value.length - 1; i2 >= input2.length; i2--) {
    if (items[i2]._zod.optout === "optional" && final.value[i2] === void 0) {
      final.value.length = i2;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isPlainObject(input2)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input2) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input2[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input2)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input2, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input2[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input2[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodMap = /* @__PURE__ */ $constructor("$ZodMap", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Map)) {
      payload.issues.push({
        expected: "map",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    payload.value = memo2 ? memo2.alloc(inst, payload, /* @__PURE__ */ new Map(), ctx) : /* @__PURE__ */ new Map();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const [key, value] of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
      const valueResult = def.valueType._zod.run({ value, issues: [] }, ctx);
      if (keyResult instanceof Promise || valueResult instanceof Promise) {
        proms.push(Promise.all([keyResult, valueResult]).then(([keyResult2, valueResult2]) => {
          handleMapResult(keyResult2, valueResult2, payload, key, input2, inst, ctx);
        }));
      } else {
        handleMapResult(keyResult, valueResult, payload, key, input2, inst, ctx);
      }
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, mapSize);
});
function handleMapResult(keyResult, valueResult, final, key, input2, inst, ctx) {
  if (keyResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, keyResult.issues));
    } else {
      final.issues.push({
        code: "invalid_key",
        origin: "map",
        input: input2,
        inst,
        issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  if (valueResult.issues.length) {
    if (propertyKeyTypes.has(typeof key)) {
      final.issues.push(...prefixIssues(key, valueResult.issues));
    } else {
      final.issues.push({
        origin: "map",
        code: "invalid_element",
        input: input2,
        inst,
        key,
        issues: valueResult.issues.map((iss) => finalizeIssue(iss, ctx, config()))
      });
    }
  }
  final.value.set(keyResult.value, valueResult.value);
}
var $ZodSet = /* @__PURE__ */ $constructor("$ZodSet", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!(input2 instanceof Set)) {
      payload.issues.push({
        input: input2,
        inst,
        expected: "set",
        code: "invalid_type"
      });
      return payload;
    }
    const proms = [];
    payload.value = memo2 ? memo2.alloc(inst, payload, /* @__PURE__ */ new Set(), ctx) : /* @__PURE__ */ new Set();
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const item of input2) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleSetResult(result2, payload)));
      } else
        handleSetResult(result, payload);
    }
    if (proms.length)
      return Promise.all(proms).then(() => payload);
    return payload;
  };
  capSize(inst, setSize);
});
function handleSetResult(result, final) {
  if (result.issues.length) {
    final.issues.push(...result.issues);
  }
  final.value.add(result.value);
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (valuesSet.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (values.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodFile = /* @__PURE__ */ $constructor("$ZodFile", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (input2 instanceof File)
      return payload;
    payload.issues.push({
      expected: "file",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output2 = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x2) => x2 !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
var $ZodSuccess = /* @__PURE__ */ $constructor("$ZodSuccess", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError("ZodSuccess");
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => {
        payload.value = result2.issues.length === 0;
        return payload;
      });
    }
    payload.value = result.issues.length === 0;
    return payload;
  };
});
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodNaN = /* @__PURE__ */ $constructor("$ZodNaN", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "nan",
        code: "invalid_type"
      });
      return payload;
    }
    return payload;
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCodec = /* @__PURE__ */ $constructor("$ZodCodec", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handleCodecAResult(left2, def, ctx));
      }
      return handleCodecAResult(left, def, ctx);
    } else {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handleCodecAResult(right2, def, ctx));
      }
      return handleCodecAResult(right, def, ctx);
    }
  };
});
function handleCodecAResult(result, def, ctx) {
  if (result.issues.length) {
    result.aborted = true;
    return result;
  }
  const direction = ctx.direction || "forward";
  if (direction === "forward") {
    const transformed = def.transform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
    }
    return handleCodecTxResult(result, transformed, def.out, ctx);
  } else {
    const transformed = def.reverseTransform(result.value, result);
    if (transformed instanceof Promise) {
      return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
    }
    return handleCodecTxResult(result, transformed, def.in, ctx);
  }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
  if (left.issues.length) {
    left.aborted = true;
    return left;
  }
  return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
var $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
  $ZodPipe.init(inst, def);
});
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
function leafPattern(schema) {
  const def = schema._zod.def;
  let pattern = def.pattern;
  let isInt = !!def.format?.includes("int");
  let minimum;
  let maximum;
  for (const ch of def.checks ?? []) {
    const d = ch._zod.def;
    if (d.pattern)
      pattern = d.pattern;
    isInt || (isInt = !!d.format?.includes("int"));
    const lo = d.minimum ?? d.length;
    const hi = d.maximum ?? d.length;
    if (lo !== void 0 && (minimum === void 0 || lo > minimum))
      minimum = lo;
    if (hi !== void 0 && (maximum === void 0 || hi < maximum))
      maximum = hi;
  }
  if (pattern)
    return pattern.source;
  if (minimum !== void 0 && maximum !== void 0 && minimum > maximum)
    return "(?!)";
  if (minimum !== void 0 || maximum !== void 0)
    return string({ minimum, maximum }).source;
  const own2 = schema._zod.pattern;
  return (isInt && own2 === number ? integer : own2)?.source;
}
function partPattern(schema) {
  const def = schema._zod.def;
  const own2 = schema._zod.pattern?.source;
  const inner = def.innerType ?? schema._zod.innerType;
  if (inner) {
    const before = inner._zod.pattern?.source;
    const after = partPattern(inner);
    if (own2 && before && after && after !== before) {
      return own2.replace(cleanRegex(before), () => cleanRegex(after));
    }
    return own2;
  }
  if (def.options) {
    const sources = def.options.map(partPattern);
    if (sources.every(Boolean))
      return `^(${sources.map((s) => cleanRegex(s)).join("|")})$`;
  }
  return leafPattern(schema);
}
var $ZodTemplateLiteral = /* @__PURE__ */ $constructor("$ZodTemplateLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const regexParts = [];
  for (const part of def.parts) {
    if (typeof part === "object" && part !== null) {
      const source = partPattern(part);
      if (!source) {
        throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
      }
      regexParts.push(cleanRegex(source));
    } else if (part === null || primitiveTypes.has(typeof part)) {
      regexParts.push(escapeRegex(`${part}`));
    } else {
      throw new Error(`Invalid template literal part: ${part}`);
    }
  }
  inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "string") {
      payload.issues.push({
        input: payload.value,
        inst,
        expected: "string",
        code: "invalid_type"
      });
      return payload;
    }
    inst._zod.pattern.lastIndex = 0;
    if (!inst._zod.pattern.test(payload.value)) {
      payload.issues.push({
        input: payload.value,
        inst,
        code: "invalid_format",
        format: def.format ?? "template_literal",
        pattern: inst._zod.pattern.source
      });
      return payload;
    }
    return payload;
  };
});
var $ZodFunction = /* @__PURE__ */ $constructor("$ZodFunction", (inst, def) => {
  $ZodType.init(inst, def);
  Object.defineProperty(inst, "_def", { value: def });
  inst._zod.def = def;
  inst.implement = (func) => {
    if (typeof func !== "function") {
      throw new Error("implement() must be called with a function");
    }
    return Object.defineProperty(function(...args) {
      const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
      const result = Reflect.apply(func, this, parsedArgs);
      if (inst._def.output) {
        return parse(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst.implementAsync = (func) => {
    if (typeof func !== "function") {
      throw new Error("implementAsync() must be called with a function");
    }
    return Object.defineProperty(async function(...args) {
      const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
      const result = await Reflect.apply(func, this, parsedArgs);
      if (inst._def.output) {
        return await parseAsync(inst._def.output, result);
      }
      return result;
    }, "_zod", { value: inst._zod, enumerable: false });
  };
  inst._zod.parse = (payload, _ctx) => {
    if (typeof payload.value !== "function") {
      payload.issues.push({
        code: "invalid_type",
        expected: "function",
        input: payload.value,
        inst
      });
      return payload;
    }
    const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
    if (hasPromiseOutput) {
      payload.value = inst.implementAsync(payload.value);
    } else {
      payload.value = inst.implement(payload.value);
    }
    return payload;
  };
  inst.input = (...args) => {
    const F = inst.constructor;
    if (Array.isArray(args[0])) {
      return new F({
        type: "function",
        input: new $ZodTuple({
          type: "tuple",
          items: args[0],
          rest: args[1]
        }),
        output: inst._def.output
      });
    }
    return new F({
      type: "function",
      input: args[0],
      output: inst._def.output
    });
  };
  inst.output = (output2) => {
    const F = inst.constructor;
    return new F({
      type: "function",
      input: inst._def.input,
      output: output2
    });
  };
  return inst;
});
var $ZodPromise = /* @__PURE__ */ $constructor("$ZodPromise", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
  };
});
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
  };
});
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const r = def.fn(input2);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
    }
    handleRefineResult(r, payload, input2, inst);
    return;
  };
});
function handleRefineResult(result, payload, input2, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input: input2,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// ../main/node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check2 = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check2(def.catchall);
      break;
    }
    case "array":
      check2(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check2(el);
      check2(def.rest);
      break;
    case "record":
    case "map":
      check2(def.keyType);
      check2(def.valueType);
      break;
    case "set":
      check2(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check2(el);
      break;
    case "intersection":
      check2(def.left);
      check2(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def.innerType);
      break;
    case "pipe":
      check2(def.in);
      check2(def.out);
      break;
    case "function":
      check2(def.input);
      check2(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function isRecursiveSchema(inst) {
  return isRecursive(inst, /* @__PURE__ */ new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a4;
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a4;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a4 = inst._zod).deferred ?? (_a4.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input2 = payload.value;
        if (!isRef(input2))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input2);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// scripts/zod-locales-en.mjs
var zod_locales_en_exports = {};
__export(zod_locales_en_exports, {
  en: () => en_default
});

// ../main/node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input2) {
    if (type === "number" && typeof input2 === "number" && !Number.isFinite(input2)) {
      return String(input2);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// ../main/node_modules/zod/v4/core/registries.js
var _a2;
var $output = /* @__PURE__ */ Symbol("ZodOutput");
var $input = /* @__PURE__ */ Symbol("ZodInput");
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta3 = _meta[0];
    this._map.set(schema, meta3);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.set(meta3.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta3 = this._map.get(schema);
    if (meta3 && typeof meta3 === "object" && "id" in meta3) {
      this._idmap.delete(meta3.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// ../main/node_modules/zod/v4/core/compile.js
var INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var FALLBACK_FLAG = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var ZodCompileAsyncError = class extends Error {
  constructor(message = "z.compile does not support async refinements, transforms, or checks") {
    super(message);
    this.name = "ZodCompileAsyncError";
  }
};
var ZodCompileUnsupportedError = class extends Error {
  constructor(feature, islandable = true) {
    super(`z.compile does not support ${feature}; this schema must use the runtime parser`);
    this.name = "ZodCompileUnsupportedError";
    this.islandable = islandable;
  }
};
function compileValidator(schema, parser) {
  try {
    return compileFn(schema, { assertOnly: true });
  } catch {
    return parser;
  }
}
function compile(schema, options) {
  try {
    const parser = compileFn(schema);
    const clone2 = withParser(schema, parser);
    clone2._zod.bag.validator = compileValidator(schema, parser);
    return clone2;
  } catch (err2) {
    if (options?.strict)
      throw err2;
    return schema;
  }
}
function withParser(schema, parser) {
  if (isRecursiveSchema(schema)) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const clone2 = clone(schema);
  const liveRun = schema._zod.run;
  const originalRun = liveRun.__originalRun ?? liveRun;
  const wrapped = (payload, ctx) => {
    if (ctx?.async || ctx?.direction === "backward" || ctx?.skipChecks || ctx?.[FALLBACK_FLAG]) {
      return originalRun(payload, ctx);
    }
    if (ctx && isBackEdge(ctx, payload.value)) {
      return originalRun(payload, ctx);
    }
    const out = parser(payload.value);
    if (out !== INVALID) {
      payload.value = out;
      return payload;
    }
    if (ctx)
      ctx[FALLBACK_FLAG] = true;
    return originalRun(payload, ctx);
  };
  wrapped.__originalRun = originalRun;
  clone2._zod.bag.fallbackRun = originalRun;
  clone2._zod.bag.validator = parser;
  clone2._zod.run = wrapped;
  if (!liveRun.__originalRun)
    installCompiledUserMethods(clone2, schema, parser);
  return clone2;
}
function installCompiledUserMethods(target, source, parser) {
  const targetAny = target;
  const sourceAny = source;
  if (typeof sourceAny.safeParse === "function") {
    const originalSafeParse = sourceAny.safeParse;
    targetAny.safeParse = (data, params) => {
      const out = parser(data);
      if (out !== INVALID) {
        return { success: true, data: out };
      }
      return originalSafeParse(data, params);
    };
  }
  if (typeof sourceAny.parse === "function") {
    const originalParse = sourceAny.parse;
    targetAny.parse = (data, params) => {
      const out = parser(data);
      if (out !== INVALID) {
        return out;
      }
      return originalParse(data, params);
    };
  }
}
function compileFn(schema, options) {
  let recursive2 = true;
  try {
    recursive2 = isRecursiveSchema(schema);
  } catch {
  }
  if (recursive2) {
    throw new ZodCompileUnsupportedError("a schema whose subtree contains a reference cycle");
  }
  const ctx = {
    constants: /* @__PURE__ */ new Map(),
    constantCounter: 0,
    varCounter: 0,
    definite: true
  };
  const doc = new Doc(["input"]);
  const outputAccessor = generateCheck(doc, ctx, schema, "input", !options?.assertOnly);
  doc.write(outputAccessor === null ? `return true;` : `return ${outputAccessor};`);
  const constantNames = ["INVALID", ...ctx.constants.keys()];
  const constantValues = [INVALID, ...ctx.constants.values()];
  const code2 = doc.content.join("\n");
  const fullCode = options?.debug ? constantNames.length > 0 ? `// Constants: ${constantNames.join(", ")}
${code2}` : code2 : "";
  const F = Function;
  const factoryCode = `return (input) => {
${code2}
}`;
  let fn;
  try {
    const factory = new F(...constantNames, factoryCode);
    fn = factory(...constantValues);
  } catch (err2) {
    throw new ZodCompileUnsupportedError(`this schema (generated code failed to evaluate: ${err2.message})`);
  }
  if (options?.debug) {
    fn.code = fullCode;
  }
  fn.definite = ctx.definite;
  return fn;
}
function addConstant(ctx, value) {
  for (const [name3, v] of ctx.constants) {
    if (v === value)
      return name3;
  }
  const name2 = `c${ctx.constantCounter++}`;
  ctx.constants.set(name2, value);
  return name2;
}
function addUserConstant(ctx, fn) {
  ctx.definite = false;
  return addConstant(ctx, fn);
}
function newVar(ctx) {
  return `v${ctx.varCounter++}`;
}
function runtimeRun(schema, value) {
  const result = schema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  return r.issues.length === 0 ? r.value : INVALID;
}
function compileChild(doc, ctx, schema, accessor, needsValue = true) {
  const contentLen = doc.content.length;
  const constantCount = ctx.constants.size;
  const constantCounter = ctx.constantCounter;
  const varCounter = ctx.varCounter;
  try {
    return generateCheck(doc, ctx, schema, accessor, needsValue);
  } catch (err2) {
    if (!(err2 instanceof ZodCompileUnsupportedError) || !err2.islandable)
      throw err2;
    doc.content.length = contentLen;
    if (ctx.constants.size > constantCount) {
      const trailing = Array.from(ctx.constants.keys()).slice(constantCount);
      for (const k of trailing)
        ctx.constants.delete(k);
    }
    ctx.constantCounter = constantCounter;
    ctx.varCounter = varCounter;
    return emitRuntimeIsland(doc, ctx, schema, accessor);
  }
}
function emitRuntimeIsland(doc, ctx, schema, accessor) {
  ctx.definite = false;
  const schemaConst = addConstant(ctx, schema);
  const runConst = addConstant(ctx, runtimeRun);
  const outVar = newVar(ctx);
  doc.write(`const ${outVar} = ${runConst}(${schemaConst}, ${accessor});`);
  doc.write(`if (${outVar} === INVALID) return INVALID;`);
  return outVar;
}
var WHEN_DEFAULTED_CHECKS = /* @__PURE__ */ new Set([
  "max_size",
  "min_size",
  "size_equals",
  "max_length",
  "min_length",
  "length_equals"
]);
function generateChecks(doc, ctx, schema, accessor) {
  const schemaChecks = schema._zod.def.checks;
  if (!schemaChecks || schemaChecks.length === 0)
    return accessor;
  let currentAccessor = accessor;
  for (const check2 of schemaChecks) {
    const def = check2._zod.def;
    if (def.when && !WHEN_DEFAULTED_CHECKS.has(def.check)) {
      throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
    }
    switch (def.check) {
      case "greater_than":
        generateGreaterThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "less_than":
        generateLessThanCheck(doc, ctx, def, currentAccessor);
        break;
      case "multiple_of":
        generateMultipleOfCheck(doc, ctx, def, currentAccessor);
        break;
      case "number_format":
        generateNumberFormatCheck(doc, def, currentAccessor);
        break;
      case "min_length": {
        const min = numericOperand(def.minimum, "min_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${min} && ${currentAccessor}.length < ${def.minimum * 2}`);
        doc.write(`if (${len} < ${min}) return INVALID;`);
        break;
      }
      case "max_length": {
        const max = numericOperand(def.maximum, "max_length");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length > ${max}`);
        doc.write(`if (${len} > ${max}) return INVALID;`);
        break;
      }
      case "length_equals": {
        const exact = numericOperand(def.length, "length_equals");
        const len = codePointLengthVar(doc, ctx, currentAccessor, `${currentAccessor}.length >= ${exact} && ${currentAccessor}.length <= ${def.length * 2}`);
        doc.write(`if (${len} !== ${exact}) return INVALID;`);
        break;
      }
      case "min_size":
        doc.write(`if (${currentAccessor}.size < ${numericOperand(def.minimum, "min_size")}) return INVALID;`);
        break;
      case "max_size":
        doc.write(`if (${currentAccessor}.size > ${numericOperand(def.maximum, "max_size")}) return INVALID;`);
        break;
      case "size_equals":
        doc.write(`if (${currentAccessor}.size !== ${numericOperand(def.size, "size_equals")}) return INVALID;`);
        break;
      case "string_format":
        currentAccessor = generateStringFormatCheck(doc, ctx, def, currentAccessor);
        break;
      case "custom":
        currentAccessor = generateCustomRefineCheck(doc, ctx, check2, currentAccessor);
        break;
      case "bigint_format":
        generateBigIntFormatCheck(doc, def, currentAccessor);
        break;
      case "mime_type":
        generateMimeTypeCheck(doc, ctx, def, currentAccessor);
        break;
      case "property":
        generatePropertyCheck(doc, ctx, def, currentAccessor);
        break;
      case "properties":
        generatePropertiesChecks(doc, ctx, def, currentAccessor);
        break;
      case "overwrite": {
        const newAccessor = newVar(ctx);
        generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor);
        currentAccessor = newAccessor;
        break;
      }
      default: {
        void def;
        throw new ZodCompileUnsupportedError(`check type ${def.check}`);
      }
    }
  }
  return currentAccessor;
}
function codePointLengthVar(doc, ctx, accessor, inDoubt) {
  const cpLen = addConstant(ctx, codePointLength);
  const v = newVar(ctx);
  doc.write(`const ${v} = typeof ${accessor} === "string" && ${inDoubt} ? ${cpLen}(${accessor}) : ${accessor}.length;`);
  return v;
}
function numericOperand(value, label) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ZodCompileUnsupportedError(`${label} bound of type ${typeof value}`);
  }
  return `${value}`;
}
function comparisonOperand(ctx, value) {
  if (typeof value === "bigint")
    return `${value}n`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      throw new ZodCompileUnsupportedError("comparison check with NaN bound");
    return `${value}`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new ZodCompileUnsupportedError("comparison check with Invalid Date bound");
    }
    return addConstant(ctx, value);
  }
  throw new ZodCompileUnsupportedError(`comparison check bound of type ${typeof value}`);
}
function generateGreaterThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? "<" : "<=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateLessThanCheck(doc, ctx, def, accessor) {
  const op = def.inclusive ? ">" : ">=";
  doc.write(`if (${accessor} ${op} ${comparisonOperand(ctx, def.value)}) return INVALID;`);
}
function generateMultipleOfCheck(doc, ctx, def, accessor) {
  if (typeof def.value === "bigint") {
    if (def.value === BigInt(0))
      throw new ZodCompileUnsupportedError("multiple_of check with a zero divisor");
    doc.write(`if (${accessor} % ${def.value}n !== 0n) return INVALID;`);
  } else {
    const remainder = addConstant(ctx, floatSafeRemainder);
    doc.write(`if (${remainder}(${accessor}, ${numericOperand(def.value, "multiple_of")}) !== 0) return INVALID;`);
  }
}
function generateNumberFormatCheck(doc, def, accessor) {
  const format = def.format;
  switch (format) {
    case "safeint":
      doc.write(`if (!Number.isSafeInteger(${accessor})) return INVALID;`);
      break;
    case "int32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < -2147483648 || ${accessor} > 2147483647) return INVALID;`);
      break;
    case "uint32":
      doc.write(`if (!Number.isInteger(${accessor}) || ${accessor} < 0 || ${accessor} > 4294967295) return INVALID;`);
      break;
    case "float32":
      doc.write(`if (!Number.isFinite(${accessor}) || ${accessor} < -3.4028234663852886e38 || ${accessor} > 3.4028234663852886e38) return INVALID;`);
      break;
    case "float64":
      doc.write(`if (!Number.isFinite(${accessor})) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`number format ${format}`);
    }
  }
}
function generateBigIntFormatCheck(doc, def, accessor) {
  const format = def.format;
  if (!format)
    return;
  switch (format) {
    case "int64":
      doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
      break;
    case "uint64":
      doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
      break;
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`bigint format ${format}`);
    }
  }
}
function generateMimeTypeCheck(doc, ctx, def, accessor) {
  const mimeTypes = def.mime;
  if (mimeTypes && mimeTypes.length > 0) {
    const mimeSet = addConstant(ctx, new Set(mimeTypes));
    doc.write(`if (!${mimeSet}.has(${accessor}.type)) return INVALID;`);
  }
}
function generatePropertiesChecks(doc, ctx, def, accessor) {
  if (def.when) {
    throw new ZodCompileUnsupportedError(`check with a custom "when" condition`);
  }
  doc.write(`if (${accessor} == null) return INVALID;`);
  const shape = def.shape;
  for (const key of Reflect.ownKeys(shape)) {
    const keyExpr = typeof key === "symbol" ? addConstant(ctx, key) : esc(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${keyExpr}];`);
    compileChild(doc, ctx, shape[key], inputVar, false);
  }
}
function generatePropertyCheck(doc, ctx, def, accessor) {
  const propAccessor = `${accessor}[${JSON.stringify(def.property)}]`;
  generateCheck(doc, ctx, def.schema, propAccessor);
}
function generateOverwriteCheck(doc, ctx, check2, currentAccessor, newAccessor) {
  const tx = check2._zod.def.tx;
  if (!tx) {
    throw new ZodCompileUnsupportedError("overwrite check without a transform function");
  }
  if (isAsyncFunction(tx)) {
    throw new ZodCompileAsyncError("z.compile: async overwrite transforms are not supported");
  }
  const txConst = addConstant(ctx, tx);
  doc.write(`const ${newAccessor} = ${txConst}(${currentAccessor});`);
}
function throwAsync() {
  throw new $ZodAsyncError();
}
function pushIssue(issue2) {
  this.issues.push(issue2);
}
function generateCustomRefineCheck(doc, ctx, check2, accessor) {
  const def = check2._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async .refine() predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
    return accessor;
  }
  if (check2._zod.check) {
    if (isAsyncFunction(check2._zod.check)) {
      throw new ZodCompileAsyncError("z.compile: async .superRefine() / check functions are not supported");
    }
    const checkFn = check2._zod.check;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = checkFn(fakePayload);
      if (result instanceof Promise)
        throwAsync();
      return fakePayload.issues.length === 0 ? fakePayload.value : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outVar = newVar(ctx);
    doc.write(`const ${outVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outVar} === INVALID) return INVALID;`);
    return outVar;
  }
  throw new ZodCompileUnsupportedError("custom check without a predicate or check function");
}
var PATTERN_IS_COMPLETE = /* @__PURE__ */ new Set([
  "cidrv4",
  "cuid",
  "cuid2",
  "date",
  "datetime",
  "duration",
  "e164",
  "email",
  "emoji",
  "ends_with",
  "guid",
  "includes",
  "ipv4",
  "ksuid",
  "lowercase",
  "mac",
  "nanoid",
  "regex",
  "starts_with",
  "time",
  "ulid",
  "uppercase",
  "uuid",
  "xid"
]);
function generateStringFormatCheck(doc, ctx, def, accessor, needsValue = true) {
  const fmt2 = def.format;
  if (fmt2 === "base64") {
    const validator = addConstant(ctx, isValidBase64);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "base64url") {
    const validator = addConstant(ctx, isValidBase64URL);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "jwt") {
    const validator = addConstant(ctx, isValidJWT);
    const alg = addConstant(ctx, def.alg ?? null);
    doc.write(`if (!${validator}(${accessor}, ${alg})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "ipv6") {
    const validator = addConstant(ctx, isValidIPv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "cidrv6") {
    const validator = addConstant(ctx, isValidCIDRv6);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "credit_card") {
    const validator = addConstant(ctx, isValidCreditCard);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (fmt2 === "iban") {
    const validator = addConstant(ctx, isValidIBAN);
    doc.write(`if (!${validator}(${accessor})) return INVALID;`);
    return accessor;
  }
  const formatDef = def;
  if (fmt2 === "url" || fmt2 === "httpurl" || formatDef.normalize || formatDef.hostname !== void 0 || formatDef.protocol !== void 0) {
    const parseConst = addConstant(ctx, validateURL);
    const defConst = addConstant(ctx, def);
    const trimVar = newVar(ctx);
    const urlVar = newVar(ctx);
    doc.write(`const ${trimVar} = ${accessor}.trim();`);
    doc.write(`const ${urlVar} = ${parseConst}(${trimVar}, ${defConst});`);
    doc.write(`if (typeof ${urlVar} === "number") return INVALID;`);
    if (formatDef.hostname !== void 0) {
      const hostnameConst = addConstant(ctx, urlHostnameOk);
      doc.write(`if (!${hostnameConst}(${urlVar}, ${defConst}.hostname)) return INVALID;`);
    }
    if (formatDef.protocol !== void 0) {
      const protocolConst = addConstant(ctx, urlProtocolOk);
      doc.write(`if (!${protocolConst}(${urlVar}, ${defConst}.protocol)) return INVALID;`);
    }
    if (!needsValue)
      return null;
    const outputVar = newVar(ctx);
    const outputExpr = formatDef.normalize ? `${urlVar}.href` : `${addConstant(ctx, stripTabAndNewline)}(${trimVar})`;
    doc.write(`const ${outputVar} = ${outputExpr};`);
    return outputVar;
  }
  const customFn = def.fn;
  if (customFn) {
    if (isAsyncFunction(customFn))
      throw new ZodCompileUnsupportedError(`async string format ${fmt2}`);
    const fnConst = addConstant(ctx, customFn);
    doc.write(`if (!${fnConst}(${accessor})) return INVALID;`);
    return accessor;
  }
  if (PATTERN_IS_COMPLETE.has(fmt2) && def.pattern) {
    const patternConst = addConstant(ctx, def.pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
    return accessor;
  }
  const format = def.format;
  switch (format) {
    case "regex":
      throw new ZodCompileUnsupportedError("regex format without a pattern");
    case "lowercase":
      doc.write(`if (${accessor} !== ${accessor}.toLowerCase()) return INVALID;`);
      break;
    case "uppercase":
      doc.write(`if (${accessor} !== ${accessor}.toUpperCase()) return INVALID;`);
      break;
    case "includes":
      doc.write(`if (!${accessor}.includes(${esc(def.includes)})) return INVALID;`);
      break;
    case "starts_with": {
      const prefix = def.prefix;
      doc.write(`if (${accessor}.slice(0, ${prefix.length}) !== ${esc(prefix)}) return INVALID;`);
      break;
    }
    case "ends_with": {
      const suffix = def.suffix;
      doc.write(`if (${accessor}.slice(-${suffix.length}) !== ${esc(suffix)}) return INVALID;`);
      break;
    }
    default: {
      void format;
      throw new ZodCompileUnsupportedError(`string format ${format}`);
    }
  }
  return accessor;
}
function generateCheck(doc, ctx, schema, accessor, needsValue = true) {
  const def = schema._zod.def;
  const type = def.type;
  if (def.coerce) {
    throw new ZodCompileUnsupportedError(`coercion (z.coerce.${type}())`);
  }
  const buildsValue = needsValue || !!def.checks?.length;
  let typeAccessor;
  switch (type) {
    case "string":
      typeAccessor = generateStringCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "number":
      typeAccessor = generateNumberCheck(doc, schema, accessor);
      break;
    case "boolean":
      typeAccessor = generateBooleanCheck(doc, accessor);
      break;
    case "bigint":
      typeAccessor = generateBigIntCheck(doc, schema, accessor);
      break;
    case "symbol":
      typeAccessor = generateSymbolCheck(doc, accessor);
      break;
    case "undefined":
      typeAccessor = generateUndefinedCheck(doc, accessor);
      break;
    case "null":
      typeAccessor = generateNullCheck(doc, accessor);
      break;
    case "any":
    case "unknown":
      typeAccessor = accessor;
      break;
    case "never":
      doc.write("return INVALID;");
      typeAccessor = accessor;
      break;
    case "void":
      typeAccessor = generateVoidCheck(doc, accessor);
      break;
    case "nan":
      typeAccessor = generateNaNCheck(doc, accessor);
      break;
    case "date":
      typeAccessor = generateDateCheck(doc, accessor);
      break;
    case "object":
      typeAccessor = generateObjectCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "optional":
      typeAccessor = generateOptionalCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "nullable":
      typeAccessor = generateNullableCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "array":
      typeAccessor = generateArrayCheck(doc, ctx, schema, accessor, buildsValue);
      break;
    case "literal":
      typeAccessor = generateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "enum":
      typeAccessor = generateEnumCheck(doc, ctx, schema, accessor);
      break;
    case "readonly": {
      const innerOut = generateWrapperCheck(doc, ctx, schema, accessor);
      const frozenVar = newVar(ctx);
      doc.write(`const ${frozenVar} = Object.freeze(${innerOut});`);
      typeAccessor = frozenVar;
      break;
    }
    case "success":
      generateWrapperCheck(doc, ctx, schema, accessor);
      typeAccessor = "true";
      break;
    case "default":
    case "prefault":
      typeAccessor = generateDefaultCheck(doc, ctx, schema, accessor);
      break;
    case "nonoptional":
      typeAccessor = generateNonOptionalCheck(doc, ctx, schema, accessor);
      break;
    case "tuple":
      typeAccessor = generateTupleCheck(doc, ctx, schema, accessor);
      break;
    case "union":
      typeAccessor = generateUnionCheck(doc, ctx, schema, accessor);
      break;
    case "intersection":
      typeAccessor = generateIntersectionCheck(doc, ctx, schema, accessor);
      break;
    case "record":
      typeAccessor = generateRecordCheck(doc, ctx, schema, accessor);
      break;
    case "map":
      typeAccessor = generateMapCheck(doc, ctx, schema, accessor);
      break;
    case "set":
      typeAccessor = generateSetCheck(doc, ctx, schema, accessor);
      break;
    case "file":
      typeAccessor = generateFileCheck(doc, accessor);
      break;
    case "template_literal":
      typeAccessor = generateTemplateLiteralCheck(doc, ctx, schema, accessor);
      break;
    case "lazy":
      typeAccessor = generateLazyCheck(doc, ctx, schema, accessor);
      break;
    case "pipe":
      typeAccessor = generatePipeCheck(doc, ctx, schema, accessor);
      break;
    case "custom":
      typeAccessor = generateCustomCheck(doc, ctx, schema, accessor);
      break;
    case "transform":
      typeAccessor = generateTransformCheck(doc, ctx, schema, accessor);
      break;
    case "catch":
      typeAccessor = generateCatchCheck(doc, ctx, schema, accessor);
      break;
    default: {
      void type;
      throw new ZodCompileUnsupportedError(`schema type ${type}`);
    }
  }
  if (typeAccessor === null)
    return null;
  return generateChecks(doc, ctx, schema, typeAccessor);
}
function generateStringCheck(doc, ctx, schema, accessor, needsValue = true) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const def = schema._zod.def;
  if (def.format === void 0)
    return accessor;
  return generateStringFormatCheck(doc, ctx, def, accessor, needsValue);
}
function generateNumberCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isFinite(${accessor})) return INVALID;`);
  const def = schema._zod.def;
  if (def.check === "number_format" && def.format) {
    generateNumberFormatCheck(doc, { format: def.format }, accessor);
  }
  return accessor;
}
function generateBooleanCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "boolean") return INVALID;`);
  return accessor;
}
function generateBigIntCheck(doc, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "bigint") return INVALID;`);
  const def = schema._zod.def;
  if (def.format) {
    switch (def.format) {
      case "int64":
        doc.write(`if (${accessor} < -9223372036854775808n || ${accessor} > 9223372036854775807n) return INVALID;`);
        break;
      case "uint64":
        doc.write(`if (${accessor} < 0n || ${accessor} > 18446744073709551615n) return INVALID;`);
        break;
    }
  }
  return accessor;
}
function generateSymbolCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "symbol") return INVALID;`);
  return accessor;
}
function generateUndefinedCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNullCheck(doc, accessor) {
  doc.write(`if (${accessor} !== null) return INVALID;`);
  return accessor;
}
function generateVoidCheck(doc, accessor) {
  doc.write(`if (${accessor} !== undefined) return INVALID;`);
  return accessor;
}
function generateNaNCheck(doc, accessor) {
  doc.write(`if (typeof ${accessor} !== "number" || !Number.isNaN(${accessor})) return INVALID;`);
  return accessor;
}
function generateDateCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof Date) || Number.isNaN(${accessor}.getTime())) return INVALID;`);
  return accessor;
}
function generateObjectCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (typeof ${accessor} !== "object" || ${accessor} === null || Array.isArray(${accessor})) return INVALID;`);
  const shape = def.shape;
  const keys2 = Object.keys(shape);
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  const allKeys = symbolKeys.length ? [...keys2, ...symbolKeys] : keys2;
  const keyExpr = (k) => typeof k === "symbol" ? addConstant(ctx, k) : esc(k);
  const propKey = (k) => typeof k === "symbol" ? `[${keyExpr(k)}]` : esc(k);
  const propShape = shape;
  if (keys2.includes("__proto__")) {
    throw new ZodCompileUnsupportedError('object shape key "__proto__"');
  }
  const propOutputs = /* @__PURE__ */ new Map();
  for (const key of allKeys) {
    const propSchema = propShape[key];
    const kx = keyExpr(key);
    const inputVar = newVar(ctx);
    doc.write(`const ${inputVar} = ${accessor}[${kx}];`);
    if (propSchema._zod.optin !== void 0) {
      const outputVar2 = newVar(ctx);
      doc.write(`let ${outputVar2} = (() => {`);
      doc.indented((d) => {
        const outputAccessor = compileChild(d, ctx, propSchema, inputVar);
        d.write(`return ${outputAccessor};`);
      });
      doc.write(`})();`);
      if (propSchema._zod.optout === "optional") {
        doc.write(`if (${outputVar2} === INVALID) {`);
        doc.indented((d) => {
          d.write(`if (${kx} in ${accessor}) return INVALID;`);
          d.write(`${outputVar2} = undefined;`);
        });
        doc.write(`}`);
      } else {
        doc.write(`if (${outputVar2} === INVALID) return INVALID;`);
      }
      propOutputs.set(key, outputVar2);
    } else {
      if (requiresPresenceCheck(propSchema)) {
        doc.write(`if (!(${kx} in ${accessor})) return INVALID;`);
      }
      const outputAccessor = compileChild(doc, ctx, propSchema, inputVar, buildsValue);
      if (outputAccessor !== null)
        propOutputs.set(key, outputAccessor);
    }
  }
  const catchall = def.catchall;
  let unknownKeysMode = "none";
  if (catchall) {
    const catchallType = catchall._zod.def.type;
    if (catchallType === "never") {
      const condition = keys2.map((k) => `k !== ${esc(k)}`).join(" && ") || "true";
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (${condition}) return INVALID;`);
      });
      doc.write(`}`);
    } else if ((catchallType === "unknown" || catchallType === "any") && !catchall._zod.def.checks?.length) {
      unknownKeysMode = "passthrough";
    } else {
      unknownKeysMode = "schema";
    }
  }
  const outputVar = newVar(ctx);
  const hasConditionalKeys = allKeys.some((k) => mayOmitUndefined(propShape[k]) || dropsWhenAbsent(propShape[k]));
  if (!buildsValue) {
    if (unknownKeysMode === "schema") {
      const knownSet = keys2.length > 0 ? addConstant(ctx, new Set(keys2)) : null;
      doc.write(`for (const k in ${accessor}) {`);
      doc.indented((d) => {
        d.write(`if (k === "__proto__") continue;`);
        if (knownSet)
          d.write(`if (${knownSet}.has(k)) continue;`);
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        compileChild(d, ctx, catchall, valVar, false);
      });
      doc.write(`}`);
    }
    return null;
  }
  if (!hasConditionalKeys) {
    const propLiterals = allKeys.map((k) => `${propKey(k)}: ${propOutputs.get(k)}`).join(", ");
    doc.write(`const ${outputVar} = { ${propLiterals} };`);
  } else {
    doc.write(`const ${outputVar} = {};`);
    for (const k of allKeys) {
      const kx = keyExpr(k);
      const out = propOutputs.get(k);
      if (dropsWhenAbsent(propShape[k])) {
        doc.write(`if (${kx} in ${accessor}) ${outputVar}[${kx}] = ${out};`);
      } else if (mayOmitUndefined(propShape[k])) {
        doc.write(`if (${out} !== undefined || ${kx} in ${accessor}) ${outputVar}[${kx}] = ${out};`);
      } else {
        doc.write(`${outputVar}[${kx}] = ${out};`);
      }
    }
  }
  if (unknownKeysMode !== "none") {
    const knownSet = keys2.length > 0 ? addConstant(ctx, new Set(keys2)) : null;
    doc.write(`for (const k in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (k === "__proto__") continue;`);
      if (knownSet)
        d.write(`if (${knownSet}.has(k)) continue;`);
      if (unknownKeysMode === "passthrough") {
        d.write(`${outputVar}[k] = ${accessor}[k];`);
      } else {
        const valVar = newVar(ctx);
        d.write(`const ${valVar} = ${accessor}[k];`);
        const catchallOut = compileChild(d, ctx, catchall, valVar);
        d.write(`${outputVar}[k] = ${catchallOut};`);
      }
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateOptionalCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  if (isExactOptional(schema)) {
    return generateCheck(doc, ctx, def.innerType, accessor, buildsValue);
  }
  if (def.innerType._zod.optin === "defaulted") {
    const outputVar2 = newVar(ctx);
    const branchVar = newVar(ctx);
    doc.write(`let ${outputVar2};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`const ${branchVar} = (() => {`);
      d.indented((d2) => {
        const innerOutput = generateCheck(d2, ctx, def.innerType, accessor);
        d2.write(`return ${innerOutput};`);
      });
      d.write(`})();`);
      d.write(`if (${branchVar} !== INVALID) ${outputVar2} = ${branchVar};`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar2} = ${innerOutput};`);
    });
    doc.write(`}`);
    return outputVar2;
  }
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar};`);
  doc.write(`if (${accessor} !== undefined) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function isExactOptional(schema) {
  return schema._zod.traits?.has("$ZodExactOptional") === true;
}
function requiresPresenceCheck(schema) {
  return schema._zod.optin === void 0 && fastPathAcceptsAbsence(schema);
}
function fastPathAcceptsAbsence(schema) {
  if (schema._zod.def.coerce)
    return true;
  const def = schema._zod.def;
  switch (def.type) {
    case "any":
    case "unknown":
    case "undefined":
    case "void":
    case "default":
    case "prefault":
    case "transform":
    case "custom":
    case "lazy":
      return true;
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "never":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
      return false;
    case "nonoptional":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
    case "nullable":
    case "readonly":
    case "success":
      return def.innerType ? fastPathAcceptsAbsence(def.innerType) : true;
    case "catch":
      return true;
    case "union":
      return def.options ? def.options.some(fastPathAcceptsAbsence) : true;
    case "intersection":
      if (!def.left || !def.right)
        return true;
      return fastPathAcceptsAbsence(def.left) && fastPathAcceptsAbsence(def.right);
    case "pipe":
      return def.in ? fastPathAcceptsAbsence(def.in) : true;
    default:
      return true;
  }
}
function dropsWhenAbsent(schema) {
  return schema._zod.optin === "optional" && schema._zod.optout === "optional";
}
function mayOmitUndefined(schema) {
  return (schema._zod.optin !== "defaulted" || schema._zod.optout === "optional") && mayOutputUndefined(schema);
}
function mayOutputUndefined(schema) {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
    case "null":
    case "nan":
    case "date":
    case "object":
    case "array":
    case "tuple":
    case "record":
    case "map":
    case "set":
    case "file":
    case "template_literal":
    case "never":
    case "success":
      return false;
    case "literal":
      return !!def.values?.includes(void 0);
    case "enum":
      return !!schema._zod.values?.has(void 0);
    case "optional":
      return true;
    case "nullable":
    case "readonly":
    case "nonoptional":
      return def.innerType ? mayOutputUndefined(def.innerType) : true;
    case "union":
      return def.options ? def.options.some(mayOutputUndefined) : true;
    case "intersection":
      return !def.left || !def.right || mayOutputUndefined(def.left) || mayOutputUndefined(def.right);
    case "pipe":
      return def.out ? mayOutputUndefined(def.out) : true;
    default:
      return true;
  }
}
function generateNullableCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  const outputVar = buildsValue ? newVar(ctx) : null;
  if (outputVar)
    doc.write(`let ${outputVar} = null;`);
  doc.write(`if (${accessor} !== null) {`);
  doc.indented((d) => {
    const innerOutput = generateCheck(d, ctx, def.innerType, accessor, buildsValue);
    if (outputVar && innerOutput !== null)
      d.write(`${outputVar} = ${innerOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSizeGate(doc, schema, size) {
  for (const [max, check2] of sizeCaps(schema._zod.def.checks)) {
    doc.write(`if (${size} > ${numericOperand(max, check2._zod.def.check)}) return INVALID;`);
  }
}
function generateArrayCheck(doc, ctx, schema, accessor, buildsValue = true) {
  const def = schema._zod.def;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.length`);
  const outputVar = buildsValue ? newVar(ctx) : null;
  const iVar = newVar(ctx);
  const elemVar = newVar(ctx);
  if (outputVar)
    doc.write(`const ${outputVar} = new Array(${accessor}.length);`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${accessor}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
    const elemOutput = compileChild(d, ctx, def.element, elemVar, buildsValue);
    if (outputVar && elemOutput !== null)
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateLiteralCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const values = def.values;
  if (values.length !== 1) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const value = values[0];
  if (typeof value === "number" && Number.isNaN(value)) {
    const literalSet = addConstant(ctx, new Set(values));
    doc.write(`if (!${literalSet}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  if (typeof value === "string") {
    doc.write(`if (${accessor} !== ${esc(value)}) return INVALID;`);
  } else if (typeof value === "number" || typeof value === "boolean") {
    doc.write(`if (${accessor} !== ${value}) return INVALID;`);
  } else if (value === null) {
    doc.write(`if (${accessor} !== null) return INVALID;`);
  } else if (value === void 0) {
    doc.write(`if (${accessor} !== undefined) return INVALID;`);
  } else if (typeof value === "bigint") {
    doc.write(`if (${accessor} !== ${value}n) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError(`literal type ${typeof value}`);
  }
  return accessor;
}
function generateEnumCheck(doc, ctx, schema, accessor) {
  const values = schema._zod.values;
  if (!values) {
    throw new ZodCompileUnsupportedError("enum schema without enumerated values");
  }
  const enumSet = addConstant(ctx, values);
  doc.write(`if (!${enumSet}.has(${accessor})) return INVALID;`);
  return accessor;
}
function generateWrapperCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  return generateCheck(doc, ctx, def.innerType, accessor);
}
function generateDefaultCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const descriptor = Object.getOwnPropertyDescriptor(schema._zod.def, "defaultValue");
  const defaultGetter = descriptor ? () => schema._zod.def.defaultValue : void 0;
  if (schema._zod.def.type === "prefault") {
    if (!defaultGetter) {
      return generateCheck(doc, ctx, def.innerType, accessor);
    }
    const defaultFn = addConstant(ctx, defaultGetter);
    const inputVar = newVar(ctx);
    doc.write(`let ${inputVar} = ${accessor};`);
    doc.write(`if (${accessor} === undefined) ${inputVar} = ${defaultFn}();`);
    return generateCheck(doc, ctx, def.innerType, inputVar);
  }
  const outputVar = newVar(ctx);
  if (defaultGetter) {
    const defaultFn = addConstant(ctx, defaultGetter);
    const cloneFn = addConstant(ctx, shallowClone);
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} === undefined) {`);
    doc.indented((d) => {
      d.write(`${outputVar} = ${cloneFn}(${defaultFn}());`);
    });
    doc.write(`} else {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput} === undefined ? ${cloneFn}(${defaultFn}()) : ${innerOutput};`);
    });
    doc.write(`}`);
  } else {
    doc.write(`let ${outputVar};`);
    doc.write(`if (${accessor} !== undefined) {`);
    doc.indented((d) => {
      const innerOutput = generateCheck(d, ctx, def.innerType, accessor);
      d.write(`${outputVar} = ${innerOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function generateNonOptionalCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const innerOutput = generateCheck(doc, ctx, def.innerType, accessor);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${innerOutput};`);
  doc.write(`if (${outputVar} === undefined) return INVALID;`);
  return outputVar;
}
function generateTupleCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const items = def.items;
  const rest = def.rest;
  doc.write(`if (!Array.isArray(${accessor})) return INVALID;`);
  const optinStart = getTupleOptStart2(items, "optin");
  const optoutStart = getTupleOptStart2(items, "optout");
  if (rest) {
    doc.write(`if (${accessor}.length < ${optinStart}) return INVALID;`);
  } else {
    doc.write(`if (${accessor}.length < ${optinStart} || ${accessor}.length > ${items.length}) return INVALID;`);
  }
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = [];`);
  for (let i2 = 0; i2 < items.length; i2++) {
    const itemSchema = items[i2];
    if (i2 >= optoutStart) {
      doc.write(`if (${outputVar}.length === ${i2}) {`);
      doc.indented((d) => {
        d.write(`if (${i2} < ${accessor}.length) {`);
        d.indented((d2) => {
          const elemVar = newVar(ctx);
          d2.write(`const ${elemVar} = ${accessor}[${i2}];`);
          const elemOutput = compileChild(d2, ctx, itemSchema, elemVar);
          d2.write(`${outputVar}[${i2}] = ${elemOutput};`);
        });
        d.write(`} else {`);
        d.indented((d2) => {
          if (dropsWhenAbsent(itemSchema)) {
            d2.write(`${outputVar}.length = ${i2};`);
            return;
          }
          const elemVar = newVar(ctx);
          const branchVar = newVar(ctx);
          d2.write(`const ${elemVar} = undefined;`);
          d2.write(`const ${branchVar} = (() => {`);
          d2.indented((d3) => {
            const elemOutput = compileChild(d3, ctx, itemSchema, elemVar);
            d3.write(`return ${elemOutput};`);
          });
          d2.write(`})();`);
          d2.write(`if (${branchVar} === INVALID || ${branchVar} === undefined) ${outputVar}.length = ${i2};`);
          d2.write(`else ${outputVar}[${i2}] = ${branchVar};`);
        });
        d.write(`}`);
      });
      doc.write(`}`);
    } else {
      const elemVar = newVar(ctx);
      doc.write(`const ${elemVar} = ${accessor}[${i2}];`);
      const elemOutput = compileChild(doc, ctx, itemSchema, elemVar);
      doc.write(`${outputVar}[${i2}] = ${elemOutput};`);
    }
  }
  if (rest) {
    const iVar = newVar(ctx);
    const elemVar = newVar(ctx);
    doc.write(`for (let ${iVar} = ${items.length}; ${iVar} < ${accessor}.length; ${iVar}++) {`);
    doc.indented((d) => {
      d.write(`const ${elemVar} = ${accessor}[${iVar}];`);
      const elemOutput = compileChild(d, ctx, rest, elemVar);
      d.write(`${outputVar}[${iVar}] = ${elemOutput};`);
    });
    doc.write(`}`);
  }
  return outputVar;
}
function getTupleOptStart2(items, key) {
  for (let i2 = items.length - 1; i2 >= 0; i2--) {
    const omittable = key === "optin" ? items[i2]._zod.optin !== void 0 : items[i2]._zod.optout === "optional";
    if (!omittable)
      return i2 + 1;
  }
  return 0;
}
function generateUnionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const options = def.options;
  if (def.discriminator) {
    return generateDiscriminatedUnionCheck(doc, ctx, def, accessor);
  }
  if (def.inclusive === false) {
    throw new ZodCompileUnsupportedError("exclusive unions (z.xor)");
  }
  if (options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  if (options.length === 1) {
    return generateCheck(doc, ctx, options[0], accessor);
  }
  const allLiterals = options.every((opt) => opt._zod.def.type === "literal" && !opt._zod.def.checks?.length);
  if (allLiterals) {
    const values = new Set(options.flatMap((opt) => opt._zod.def.values));
    const valuesConst = addConstant(ctx, values);
    doc.write(`if (!${valuesConst}.has(${accessor})) return INVALID;`);
    return accessor;
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar};`);
  for (let i2 = 0; i2 < options.length; i2++) {
    const opt = options[i2];
    if (i2 === 0) {
      doc.write(`${outputVar} = (() => {`);
    } else {
      doc.write(`if (${outputVar} === INVALID) ${outputVar} = (() => {`);
    }
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, opt, accessor);
      d.write(`return ${branchOutput};`);
    });
    doc.write(`})();`);
  }
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generateDiscriminatedUnionCheck(doc, ctx, def, accessor) {
  if (def.unionFallback) {
    throw new ZodCompileUnsupportedError("discriminated union with unionFallback");
  }
  if (def.options.length === 0) {
    doc.write("return INVALID;");
    return accessor;
  }
  const discVar = newVar(ctx);
  const outputVar = newVar(ctx);
  doc.write(`const ${discVar} = ${accessor}?.[${esc(def.discriminator)}];`);
  doc.write(`let ${outputVar};`);
  let firstBranch = true;
  const claimed = /* @__PURE__ */ new Set();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0) {
      throw new ZodCompileUnsupportedError("discriminated union option without static discriminator values");
    }
    for (const value of values) {
      if (claimed.has(value)) {
        throw new ZodCompileUnsupportedError(`duplicate discriminator value ${String(value)}`);
      }
      claimed.add(value);
    }
    const conditions = Array.from(values, (value) => literalEquality(ctx, discVar, value));
    const prefix = firstBranch ? "if" : "else if";
    doc.write(`${prefix} (${conditions.join(" || ")}) {`);
    doc.indented((d) => {
      const branchOutput = generateCheck(d, ctx, option, accessor);
      d.write(`${outputVar} = ${branchOutput};`);
    });
    doc.write(`}`);
    firstBranch = false;
  }
  doc.write(`else { return INVALID; }`);
  return outputVar;
}
function literalEquality(ctx, accessor, value) {
  if (typeof value === "string")
    return `${accessor} === ${esc(value)}`;
  if (typeof value === "number") {
    if (Number.isNaN(value))
      return `Number.isNaN(${accessor})`;
    return `${accessor} === ${value}`;
  }
  if (typeof value === "boolean")
    return `${accessor} === ${value}`;
  if (value === null)
    return `${accessor} === null`;
  if (value === void 0)
    return `${accessor} === undefined`;
  if (typeof value === "bigint")
    return `${accessor} === ${value}n`;
  if (typeof value === "symbol") {
    const symbolConst = addConstant(ctx, value);
    return `${accessor} === ${symbolConst}`;
  }
  throw new ZodCompileUnsupportedError(`literal discriminator value ${String(value)}`);
}
function generateIntersectionCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  ctx.definite = false;
  const leftOutput = compileChild(doc, ctx, def.left, accessor);
  const rightOutput = compileChild(doc, ctx, def.right, accessor);
  const mergeConst = addConstant(ctx, mergeValues);
  const mergedVar = newVar(ctx);
  doc.write(`const ${mergedVar} = ${mergeConst}(${leftOutput}, ${rightOutput});`);
  doc.write(`if (!${mergedVar}.valid) return INVALID;`);
  return `${mergedVar}.data`;
}
function generateRecordCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const isPlainObjectConst = addConstant(ctx, isPlainObject);
  doc.write(`if (!${isPlainObjectConst}(${accessor})) return INVALID;`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = {};`);
  const recordDef = def;
  const keyValues = recordDef.partial ? void 0 : def.keyType._zod.values;
  if (keyValues) {
    const inputKeys = [];
    for (const key of keyValues) {
      if (!(typeof key === "string" || typeof key === "number" || typeof key === "symbol")) {
        throw new ZodCompileUnsupportedError(`record key value ${String(key)}`);
      }
      const inputKey = typeof key === "number" ? key.toString() : key;
      if (inputKey === "__proto__") {
        throw new ZodCompileUnsupportedError('record key "__proto__"');
      }
      inputKeys.push(inputKey);
      const keyConst = addConstant(ctx, key);
      const outKey = generateCheck(doc, ctx, def.keyType, keyConst);
      const valueVar = newVar(ctx);
      doc.write(`const ${valueVar} = ${accessor}[${literalPropertyKey(ctx, inputKey)}];`);
      const valOutput = compileChild(doc, ctx, def.valueType, valueVar);
      doc.write(`${outputVar}[${outKey}] = ${valOutput};`);
    }
    const knownKeysConst = addConstant(ctx, new Set(inputKeys));
    doc.write(`for (const ${kVar} in ${accessor}) {`);
    doc.indented((d) => {
      d.write(`if (${knownKeysConst}.has(${kVar})) continue;`);
      if (recordDef.mode === "loose") {
        d.write(`if (${kVar} !== "__proto__") ${outputVar}[${kVar}] = ${accessor}[${kVar}];`);
      } else {
        d.write(`return INVALID;`);
      }
    });
    doc.write(`}`);
    return outputVar;
  }
  const keyDef = def.keyType._zod.def;
  const keyIsBareString = keyDef.type === "string" && keyDef.format === void 0 && !keyDef.coerce && (keyDef.checks?.length ?? 0) === 0;
  if (!keyIsBareString) {
    const isLoose = def.mode === "loose";
    const keyFn = compileFn(def.keyType);
    if (keyFn.definite === false)
      ctx.definite = false;
    const keyFast = addConstant(ctx, keyFn);
    const numericConst = addConstant(ctx, number);
    const outKeyVar = newVar(ctx);
    emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
      d.write(`let ${outKeyVar} = ${keyFast}(${kVar});`);
      d.write(`if (${outKeyVar} === INVALID && typeof ${kVar} === "string" && ${numericConst}.test(${kVar})) ${outKeyVar} = ${keyFast}(Number(${kVar}));`);
      if (isLoose) {
        d.write(`if (${outKeyVar} === INVALID) { ${outputVar}[${kVar}] = ${accessor}[${kVar}]; continue; }`);
      } else {
        d.write(`if (${outKeyVar} === INVALID) return INVALID;`);
      }
      d.write(`if (${outKeyVar} === "__proto__") continue;`);
      const valueVar = newVar(ctx);
      d.write(`const ${valueVar} = ${accessor}[${kVar}];`);
      const valOutput = compileChild(d, ctx, def.valueType, valueVar);
      d.write(`${outputVar}[${outKeyVar}] = ${valOutput};`);
    });
    return outputVar;
  }
  emitOwnKeys(doc, ctx, accessor, kVar, (d) => {
    d.write(`const ${valVar} = ${accessor}[${kVar}];`);
    const valOutput = compileChild(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}[${kVar}] = ${valOutput};`);
  }, `return INVALID;`);
  return outputVar;
}
function emitOwnKeys(doc, ctx, accessor, kVar, body, onSymbol) {
  const propIsEnumerableConst = addConstant(ctx, Object.prototype.propertyIsEnumerable);
  const symsVar = newVar(ctx);
  const keysVar = newVar(ctx);
  const iVar = newVar(ctx);
  doc.write(`const ${symsVar} = Object.getOwnPropertySymbols(${accessor});`);
  doc.write(`const ${keysVar} = Object.getOwnPropertyNames(${accessor});`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${keysVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${keysVar}[${iVar}];`);
    d.write(`if (${kVar} === "__proto__" || !${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    body(d);
  });
  doc.write(`}`);
  doc.write(`for (let ${iVar} = 0; ${iVar} < ${symsVar}.length; ${iVar}++) {`);
  doc.indented((d) => {
    d.write(`const ${kVar} = ${symsVar}[${iVar}];`);
    d.write(`if (!${propIsEnumerableConst}.call(${accessor}, ${kVar})) continue;`);
    if (onSymbol)
      d.write(onSymbol);
    else
      body(d);
  });
  doc.write(`}`);
}
function literalPropertyKey(ctx, key) {
  if (typeof key === "string")
    return esc(key);
  return addConstant(ctx, key);
}
function generateMapCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Map)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const kVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Map();`);
  doc.write(`for (const [${kVar}, ${valVar}] of ${accessor}) {`);
  doc.indented((d) => {
    const keyOutput = generateCheck(d, ctx, def.keyType, kVar);
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.set(${keyOutput}, ${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateSetCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  doc.write(`if (!(${accessor} instanceof Set)) return INVALID;`);
  generateSizeGate(doc, schema, `${accessor}.size`);
  const outputVar = newVar(ctx);
  const valVar = newVar(ctx);
  doc.write(`const ${outputVar} = new Set();`);
  doc.write(`for (const ${valVar} of ${accessor}) {`);
  doc.indented((d) => {
    const valOutput = generateCheck(d, ctx, def.valueType, valVar);
    d.write(`${outputVar}.add(${valOutput});`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateFileCheck(doc, accessor) {
  doc.write(`if (!(${accessor} instanceof File)) return INVALID;`);
  return accessor;
}
function generateTemplateLiteralCheck(doc, ctx, schema, accessor) {
  doc.write(`if (typeof ${accessor} !== "string") return INVALID;`);
  const pattern = schema._zod.pattern;
  if (pattern) {
    const patternConst = addConstant(ctx, pattern);
    doc.write(`${patternConst}.lastIndex = 0;`);
    doc.write(`if (!${patternConst}.test(${accessor})) return INVALID;`);
  }
  return accessor;
}
function generateLazyCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const getterConst = addUserConstant(ctx, def.getter);
  const cacheConst = addConstant(ctx, { parser: null });
  doc.write(`if (!${cacheConst}.parser) {`);
  doc.indented((d) => {
    d.write(`const inner = ${getterConst}();`);
    d.write(`${cacheConst}.parser = function(input) {`);
    d.indented((d2) => {
      d2.write(`const result = inner._zod.run({ value: input, issues: [] }, {});`);
      d2.write(`return result.issues.length === 0 ? result.value : INVALID;`);
    });
    d.write(`};`);
  });
  doc.write(`}`);
  const outputVar = newVar(ctx);
  doc.write(`const ${outputVar} = ${cacheConst}.parser(${accessor});`);
  doc.write(`if (${outputVar} === INVALID) return INVALID;`);
  return outputVar;
}
function generatePipeCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  const inputOutput = generateCheck(doc, ctx, def.in, accessor);
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms in pipes are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const transformedVar = newVar(ctx);
    doc.write(`const ${transformedVar} = ${helperConst}(${inputOutput});`);
    doc.write(`if (${transformedVar} === INVALID) return INVALID;`);
    return generateCheck(doc, ctx, def.out, transformedVar);
  } else {
    return generateCheck(doc, ctx, def.out, inputOutput);
  }
}
function isAsyncFunction(fn) {
  return typeof fn === "function" && (fn.constructor.name === "AsyncFunction" || fn[Symbol.toStringTag] === "AsyncFunction");
}
function generateCustomCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.fn) {
    if (isAsyncFunction(def.fn)) {
      throw new ZodCompileAsyncError("z.compile: async custom predicates are not supported");
    }
    const fnConst = addUserConstant(ctx, def.fn);
    const throwAsyncConst = addConstant(ctx, throwAsync);
    const resVar = newVar(ctx);
    doc.write(`const ${resVar} = ${fnConst}(${accessor});`);
    doc.write(`if (${resVar} instanceof Promise) ${throwAsyncConst}();`);
    doc.write(`if (!${resVar}) return INVALID;`);
  } else {
    throw new ZodCompileUnsupportedError("custom schema without a predicate function");
  }
  return accessor;
}
function runtimeCatch(innerSchema, catchValue, value) {
  const result = innerSchema._zod.run({ value, issues: [] }, {});
  if (result && typeof result.then === "function")
    return INVALID;
  const r = result;
  if (r.issues.length === 0)
    return r.value;
  return catchValue();
}
function generateCatchCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (!def.catchValue[CONSTANT_CATCH]) {
    throw new ZodCompileUnsupportedError("catch with a callback (only a constant catch value compiles)", false);
  }
  const outputVar = newVar(ctx);
  doc.write(`let ${outputVar} = (() => {`);
  doc.indented((d) => {
    const innerOut = compileChild(d, ctx, def.innerType, accessor);
    d.write(`return ${innerOut};`);
  });
  doc.write(`})();`);
  const innerConst = addConstant(ctx, def.innerType);
  const catchConst = addUserConstant(ctx, def.catchValue);
  const catchHelperConst = addConstant(ctx, runtimeCatch);
  doc.write(`if (${outputVar} === INVALID) {`);
  doc.indented((d) => {
    d.write(`${outputVar} = ${catchHelperConst}(${innerConst}, ${catchConst}, ${accessor});`);
    d.write(`if (${outputVar} === INVALID) return INVALID;`);
  });
  doc.write(`}`);
  return outputVar;
}
function generateTransformCheck(doc, ctx, schema, accessor) {
  const def = schema._zod.def;
  if (def.transform) {
    if (isAsyncFunction(def.transform)) {
      throw new ZodCompileAsyncError("z.compile: async transforms are not supported");
    }
    const transformFn = def.transform;
    const helperFn = (value) => {
      const fakePayload = { value, issues: [], addIssue: pushIssue };
      const result = transformFn(value, fakePayload);
      if (result instanceof Promise)
        return INVALID;
      return fakePayload.issues.length === 0 ? result : INVALID;
    };
    const helperConst = addUserConstant(ctx, helperFn);
    const outputVar = newVar(ctx);
    doc.write(`const ${outputVar} = ${helperConst}(${accessor});`);
    doc.write(`if (${outputVar} === INVALID) return INVALID;`);
    return outputVar;
  }
  return accessor;
}

// ../main/node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", coerce: true, ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class2, params) {
  return new Class2({
    type: "string",
    format: "mac",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class2, params) {
  return new Class2({
    type: "string",
    format: "credit_card",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class2, params) {
  return new Class2({
    type: "string",
    format: "iban",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
var TimePrecision = {
  Any: null,
  Minute: -1,
  Second: 0,
  Millisecond: 3,
  Microsecond: 6
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "float64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "int32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "uint32",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class2, params) {
  return new Class2({
    type: "boolean",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class2, params) {
  return new Class2({
    type: "bigint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class2, params) {
  return new Class2({
    type: "bigint",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "int64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class2, params) {
  return new Class2({
    type: "bigint",
    check: "bigint_format",
    abort: false,
    format: "uint64",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class2, params) {
  return new Class2({
    type: "symbol",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _undefined2(Class2, params) {
  return new Class2({
    type: "undefined",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params) {
  return new Class2({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _any(Class2) {
  return new Class2({
    type: "any"
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _void(Class2, params) {
  return new Class2({
    type: "void",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _date(Class2, params) {
  return new Class2({
    type: "date",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class2, params) {
  return new Class2({
    type: "date",
    coerce: true,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class2, params) {
  return new Class2({
    type: "nan",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _negative(params) {
  return /* @__PURE__ */ _lt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
  return /* @__PURE__ */ _lte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
  return new $ZodCheckMaxSize({
    check: "max_size",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
  return new $ZodCheckMinSize({
    check: "min_size",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
  return new $ZodCheckSizeEquals({
    check: "size_equals",
    ...normalizeParams(params),
    size
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
  return new $ZodCheckProperty({
    check: "property",
    property,
    schema,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
  return new $ZodCheckProperties({
    check: "properties",
    shape,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
  return new $ZodCheckMimeType({
    check: "mime_type",
    mime: types,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input2) => input2.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input2) => input2.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input2) => input2.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input2) => slugify(input2));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _union(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
function _xor(Class2, options, params) {
  return new Class2({
    type: "union",
    options,
    inclusive: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class2, discriminator, options, params) {
  return new Class2({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class2, left, right) {
  return new Class2({
    type: "intersection",
    left,
    right
  });
}
// @__NO_SIDE_EFFECTS__
function _tuple(Class2, items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new Class2({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _record(Class2, keyType, valueType, params) {
  return new Class2({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _map(Class2, keyType, valueType, params) {
  return new Class2({
    type: "map",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _set(Class2, valueType, params) {
  return new Class2({
    type: "set",
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class2, values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nativeEnum(Class2, entries, params) {
  return new Class2({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class2, value, params) {
  return new Class2({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _file(Class2, params) {
  return new Class2({
    type: "file",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class2, fn) {
  return new Class2({
    type: "transform",
    transform: fn
  });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class2, innerType) {
  return new Class2({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class2, innerType) {
  return new Class2({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(Class2, innerType, defaultValue) {
  return new Class2({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class2, innerType, params) {
  return new Class2({
    type: "nonoptional",
    innerType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _success(Class2, innerType) {
  return new Class2({
    type: "success",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class2, innerType, catchValue) {
  return new Class2({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
  });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class2, in_, out) {
  return new Class2({
    type: "pipe",
    in: in_,
    out
  });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class2, innerType) {
  return new Class2({
    type: "readonly",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class2, parts, params) {
  return new Class2({
    type: "template_literal",
    parts,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class2, getter) {
  return new Class2({
    type: "lazy",
    getter
  });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class2, innerType) {
  return new Class2({
    type: "promise",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm2 = normalizeParams(_params);
  norm2.abort ?? (norm2.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm2
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
  const ch = new $ZodCheck({ check: "meta" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, ...metadata });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
  const params = normalizeParams(_params);
  let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
  let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
  if (params.case !== "sensitive") {
    truthyArray = truthyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
    falsyArray = falsyArray.map((v) => typeof v === "string" ? v.toLowerCase() : v);
  }
  const truthySet = new Set(truthyArray);
  const falsySet = new Set(falsyArray);
  const _Codec = Classes.Codec ?? $ZodCodec;
  const _Boolean = Classes.Boolean ?? $ZodBoolean;
  const _String = Classes.String ?? $ZodString;
  const stringSchema = new _String({ type: "string", error: params.error });
  const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
  const codec2 = new _Codec({
    type: "pipe",
    in: stringSchema,
    out: booleanSchema,
    transform: ((input2, payload) => {
      let data = input2;
      if (params.case !== "sensitive")
        data = data.toLowerCase();
      if (truthySet.has(data)) {
        return true;
      } else if (falsySet.has(data)) {
        return false;
      } else {
        payload.issues.push({
          code: "invalid_value",
          expected: "stringbool",
          values: [...truthySet, ...falsySet],
          input: payload.value,
          inst: codec2,
          continue: false
        });
        return {};
      }
    }),
    reverseTransform: ((input2, _payload) => {
      if (input2 === true) {
        return truthyArray[0] || "true";
      } else {
        return falsyArray[0] || "false";
      }
    }),
    error: params.error
  });
  codec2._zod.bag.truthy = truthyArray;
  codec2._zod.bag.falsy = falsyArray;
  codec2._zod.bag.case = params.case ?? "insensitive";
  return codec2;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class2, format, fnOrRegex, _params = {}) {
  const params = normalizeParams(_params);
  const def = {
    check: "string_format",
    type: "string",
    format,
    fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
    ...params
  };
  if (fnOrRegex instanceof RegExp) {
    def.pattern = fnOrRegex;
  }
  const inst = new Class2(def);
  return inst;
}

// ../main/node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json2, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json2, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a4;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta3 = ctx.metadataRegistry.get(schema);
  if (meta3)
    assignProps(result.schema, meta3);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a4 = result.schema).default ?? (_a4.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id2 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id2) {
      const existing = idToSchema.get(id2);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id2}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id2, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id3) => id3);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id2 = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id2;
      return { defId: id2, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id2)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id2 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id2) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys2 = Object.keys(option);
    if (keys2.length !== 1 || keys2[0] !== "type")
      return;
    const type = option.type;
    for (const member2 of Array.isArray(type) ? type : [type]) {
      if (typeof member2 !== "string")
        return;
      if (!types.includes(member2))
        types.push(member2);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member2) {
  const extra2 = member2.additionalProperties;
  if (extra2 === void 0 || extra2 === false || typeof extra2 !== "object" || extra2 === null)
    return null;
  return Object.keys(extra2).length ? extra2 : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member2 of members2) {
    if (typeof member2 !== "object" || member2.type !== "object")
      return null;
    for (const key in member2) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member2);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json2) {
  const allOf = json2.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json2)
      return;
  const unions = allOf.filter((m21) => UNION_KEYS.some((k) => Array.isArray(m21[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m21) => m21 !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json2.allOf;
  assignProps(json2, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json2 of [seen.schema, seen.def]) {
          const allOf = json2?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json2);
          else
            carriers.set(allOf, [json2]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json2 of carriers.get(allOf) ?? [])
          foldIntersection(json2);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id2 = ctx.external.registry.get(schema)?.id;
    if (!id2)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id2);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// ../main/node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m21) => mime.includes(m21)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json2 = _json;
  json2.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minLength = minimum;
  if (typeof maximum === "number")
    json2.maxLength = maximum;
  if (format) {
    json2.format = formatMap[format] ?? format;
    if (json2.format === "")
      delete json2.format;
    if (format === "time" || laxFormat) {
      delete json2.format;
    }
  }
  if (contentEncoding)
    json2.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json2.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json2.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json2.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json2.minimum = exclusiveMinimum;
      json2.exclusiveMinimum = true;
    } else {
      json2.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json2.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json2.maximum = exclusiveMaximum;
      json2.exclusiveMaximum = true;
    } else {
      json2.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json2.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json2, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json2.multipleOf = first;
    if (rest.length)
      json2.allOf = [...json2.allOf ?? [], ...rest.map((m21) => ({ multipleOf: m21 }))];
  }
};
var booleanProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var bigintProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json2, _params) => {
  if (ctx.target === "openapi-3.0") {
    json2.type = "string";
    json2.nullable = true;
    json2.enum = [null];
  } else {
    json2.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json2, _params) => {
  json2.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json2, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json2.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json2.type = "number";
  if (values.every((v) => typeof v === "string"))
    json2.type = "string";
  json2.enum = values;
};
var literalProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json2.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json2, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json2, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json2.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json2.enum = [val];
    } else {
      json2.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json2.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json2.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json2.type = "boolean";
    if (vals.every((v) => v === null))
      json2.type = "null";
    json2.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json2, _params) => {
  const _json = json2;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m21) => ({ contentMediaType: m21 }));
};
var successProcessor = (_schema, _ctx, json2, _params) => {
  json2.type = "boolean";
};
var customProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json2, params) => {
  handleUnrepresentable(schema, ctx, json2, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
  json2.type = "array";
  json2.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json2, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json2.type = "object";
  json2.properties = {};
  for (const key in shape) {
    assignProp(json2.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json2.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json2.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json2.additionalProperties = false;
  } else if (def.catchall) {
    json2.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x2, i2) => processSchema(x2, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i2]
  }));
  if (isExclusive) {
    json2.oneOf = options;
  } else {
    json2.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json2.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x2, i2) => processSchema(x2, ctx, {
    ...params,
    path: [...params.path, prefixPath, i2]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json2.prefixItems = prefixItems;
    if (isClosed) {
      json2.items = false;
    } else if (rest) {
      json2.items = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json2.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json2.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  } else {
    json2.items = prefixItems;
    if (isClosed) {
      json2.additionalItems = false;
    } else if (rest) {
      json2.additionalItems = rest;
    }
    if (minItems > 0)
      json2.minItems = minItems;
    if (isClosed)
      json2.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json2.minItems = minimum;
  if (typeof maximum === "number")
    json2.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json2, visited) {
  if (json2.$ref) {
    if (visited.has(json2))
      return json2;
    visited.add(json2);
    const def = bySchema.get(json2)?.def;
    if (!def)
      return json2;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json2 : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json2[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i2) => branch !== branches[i2]))
      json2 = { ...json2, [keyword]: mapped };
  }
  const types = Array.isArray(json2.type) ? json2.type : [json2.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json2.enum ?? (json2.const !== void 0 ? [json2.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json2;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id: id2, ...rest } = json2;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json2 = _json;
  const def = schema._zod.def;
  json2.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json2.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json2.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json2.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json2.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json2.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json2.nullable = true;
  } else {
    json2.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json2, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json2, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2.default = value;
};
var prefaultProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json2, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json2._prefault = value;
};
var catchProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json2, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json2.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json2, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json2.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input2, params) {
  if ("_idmap" in input2) {
    const registry2 = input2;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input2, ctx);
  extractDefs(ctx, input2);
  return finalize(ctx, input2);
}

// ../main/node_modules/zod/v4/core/json-schema-generator.js
var JSONSchemaGenerator = class {
  /** @deprecated Access via ctx instead */
  get metadataRegistry() {
    return this.ctx.metadataRegistry;
  }
  /** @deprecated Access via ctx instead */
  get target() {
    return this.ctx.target;
  }
  // annotated so the .d.cts emits an indexed access rather than an inline `import()` of an ESM path
  /** @deprecated Access via ctx instead */
  get unrepresentable() {
    return this.ctx.unrepresentable;
  }
  /** @deprecated Access via ctx instead */
  get override() {
    return this.ctx.override;
  }
  /** @deprecated Access via ctx instead */
  get io() {
    return this.ctx.io;
  }
  /** @deprecated Access via ctx instead */
  get counter() {
    return this.ctx.counter;
  }
  set counter(value) {
    this.ctx.counter = value;
  }
  /** @deprecated Access via ctx instead */
  get seen() {
    return this.ctx.seen;
  }
  constructor(params) {
    let normalizedTarget = params?.target ?? "draft-2020-12";
    if (normalizedTarget === "draft-4")
      normalizedTarget = "draft-04";
    if (normalizedTarget === "draft-7")
      normalizedTarget = "draft-07";
    this.ctx = initializeContext({
      processors: allProcessors,
      target: normalizedTarget,
      ...params?.metadata && { metadata: params.metadata },
      ...params?.unrepresentable && { unrepresentable: params.unrepresentable },
      ...params?.override && { override: params.override },
      ...params?.io && { io: params.io }
    });
  }
  /**
   * Process a schema to prepare it for JSON Schema generation.
   * This must be called before emit().
   */
  process(schema, _params = { path: [], schemaPath: [] }) {
    return processSchema(schema, this.ctx, _params);
  }
  /**
   * Emit the final JSON Schema after processing.
   * Must call process() first.
   */
  emit(schema, _params) {
    if (_params) {
      if (_params.cycles)
        this.ctx.cycles = _params.cycles;
      if (_params.reused)
        this.ctx.reused = _params.reused;
      if (_params.external)
        this.ctx.external = _params.external;
    }
    this.ctx.sharedDefsExtractedFor = void 0;
    this.ctx.sharedEmitDoneFor = void 0;
    extractDefs(this.ctx, schema);
    const result = finalize(this.ctx, schema);
    const { "~standard": _, ...plainResult } = result;
    return plainResult;
  }
};

// ../main/node_modules/zod/v4/core/json-schema.js
var json_schema_exports = {};

// ../main/node_modules/zod/v4/classic/schemas.js
var schemas_exports2 = {};
__export(schemas_exports2, {
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBase64: () => ZodBase64,
  ZodBase64URL: () => ZodBase64URL,
  ZodBigInt: () => ZodBigInt,
  ZodBigIntFormat: () => ZodBigIntFormat,
  ZodBoolean: () => ZodBoolean,
  ZodCIDRv4: () => ZodCIDRv4,
  ZodCIDRv6: () => ZodCIDRv6,
  ZodCUID: () => ZodCUID,
  ZodCUID2: () => ZodCUID2,
  ZodCatch: () => ZodCatch,
  ZodCodec: () => ZodCodec,
  ZodCreditCard: () => ZodCreditCard,
  ZodCustom: () => ZodCustom,
  ZodCustomStringFormat: () => ZodCustomStringFormat,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodE164: () => ZodE164,
  ZodEmail: () => ZodEmail,
  ZodEmoji: () => ZodEmoji,
  ZodEnum: () => ZodEnum,
  ZodExactOptional: () => ZodExactOptional,
  ZodFile: () => ZodFile,
  ZodFunction: () => ZodFunction,
  ZodGUID: () => ZodGUID,
  ZodIBAN: () => ZodIBAN,
  ZodIPv4: () => ZodIPv4,
  ZodIPv6: () => ZodIPv6,
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  ZodInstanceOf: () => ZodInstanceOf,
  ZodIntersection: () => ZodIntersection,
  ZodJWT: () => ZodJWT,
  ZodKSUID: () => ZodKSUID,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMAC: () => ZodMAC,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNanoID: () => ZodNanoID,
  ZodNever: () => ZodNever,
  ZodNonOptional: () => ZodNonOptional,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodNumberFormat: () => ZodNumberFormat,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodPipe: () => ZodPipe,
  ZodPrefault: () => ZodPrefault,
  ZodPreprocess: () => ZodPreprocess,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodStringFormat: () => ZodStringFormat,
  ZodSuccess: () => ZodSuccess,
  ZodSymbol: () => ZodSymbol,
  ZodTemplateLiteral: () => ZodTemplateLiteral,
  ZodTransform: () => ZodTransform,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodULID: () => ZodULID,
  ZodURL: () => ZodURL,
  ZodUUID: () => ZodUUID,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  ZodXID: () => ZodXID,
  ZodXor: () => ZodXor,
  _ZodString: () => _ZodString,
  _default: () => _default2,
  _function: () => _function,
  any: () => any,
  array: () => array,
  base64: () => base642,
  base64url: () => base64url2,
  bigint: () => bigint2,
  boolean: () => boolean2,
  catch: () => _catch2,
  check: () => check,
  cidrv4: () => cidrv42,
  cidrv6: () => cidrv62,
  codec: () => codec,
  creditCard: () => creditCard2,
  cuid: () => cuid3,
  cuid2: () => cuid22,
  currencyCode: () => currencyCode2,
  custom: () => custom,
  date: () => date2,
  describe: () => describe2,
  discriminatedUnion: () => discriminatedUnion,
  e164: () => e1642,
  email: () => email2,
  emoji: () => emoji2,
  enum: () => _enum2,
  exactOptional: () => exactOptional,
  file: () => file,
  float32: () => float32,
  float64: () => float64,
  function: () => _function,
  guid: () => guid2,
  hash: () => hash,
  hex: () => hex2,
  hostname: () => hostname2,
  httpUrl: () => httpUrl,
  iban: () => iban2,
  instanceof: () => _instanceof,
  int: () => int,
  int32: () => int32,
  int64: () => int64,
  intersection: () => intersection,
  invertCodec: () => invertCodec,
  ipv4: () => ipv42,
  ipv6: () => ipv62,
  json: () => json,
  jwt: () => jwt,
  keyof: () => keyof,
  ksuid: () => ksuid2,
  lazy: () => lazy,
  literal: () => literal,
  looseObject: () => looseObject,
  looseRecord: () => looseRecord,
  mac: () => mac2,
  map: () => map,
  meta: () => meta2,
  nan: () => nan,
  nanoid: () => nanoid2,
  nativeEnum: () => nativeEnum,
  never: () => never,
  nonoptional: () => nonoptional,
  null: () => _null3,
  nullable: () => nullable,
  nullish: () => nullish2,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  partialRecord: () => partialRecord,
  pipe: () => pipe,
  prefault: () => prefault,
  preprocess: () => preprocess,
  promise: () => promise,
  readonly: () => readonly,
  record: () => record,
  refine: () => refine,
  set: () => set,
  strictObject: () => strictObject,
  string: () => string2,
  stringFormat: () => stringFormat,
  stringbool: () => stringbool,
  success: () => success,
  superRefine: () => superRefine,
  symbol: () => symbol,
  templateLiteral: () => templateLiteral,
  transform: () => transform,
  tuple: () => tuple,
  uint32: () => uint32,
  uint64: () => uint64,
  ulid: () => ulid2,
  undefined: () => _undefined3,
  union: () => union,
  unknown: () => unknown,
  url: () => url,
  uuid: () => uuid2,
  uuidv4: () => uuidv4,
  uuidv6: () => uuidv6,
  uuidv7: () => uuidv7,
  void: () => _void2,
  xid: () => xid2,
  xor: () => xor
});

// ../main/node_modules/zod/v4/classic/checks.js
var checks_exports2 = {};
__export(checks_exports2, {
  endsWith: () => _endsWith,
  gt: () => _gt,
  gte: () => _gte,
  includes: () => _includes,
  length: () => _length,
  lowercase: () => _lowercase,
  lt: () => _lt,
  lte: () => _lte,
  maxLength: () => _maxLength,
  maxSize: () => _maxSize,
  mime: () => _mime,
  minLength: () => _minLength,
  minSize: () => _minSize,
  multipleOf: () => _multipleOf,
  negative: () => _negative,
  nonnegative: () => _nonnegative,
  nonpositive: () => _nonpositive,
  normalize: () => _normalize,
  overwrite: () => _overwrite,
  positive: () => _positive,
  properties: () => _properties,
  property: () => _property,
  regex: () => _regex,
  size: () => _size,
  slugify: () => _slugify,
  startsWith: () => _startsWith,
  toLowerCase: () => _toLowerCase,
  toUpperCase: () => _toUpperCase,
  trim: () => _trim,
  uppercase: () => _uppercase
});

// ../main/node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self2) => (mapper) => formatError(self2, mapper));
  _lazyMethod(proto, "flatten", (self2) => (mapper) => flattenError(self2, mapper));
  _lazyMethod(proto, "addIssue", (self2) => (issue2) => {
    self2.issues.push(issue2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self2) => (issues2) => {
    self2.issues.push(...issues2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodError = /* @__PURE__ */ $constructor("ZodError", initializer2);
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// ../main/node_modules/zod/v4/classic/parse.js
var parse2 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync2 = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse2 = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync2 = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode2 = /* @__PURE__ */ _encode(ZodRealError);
var decode2 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync2 = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync2 = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode2 = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode2 = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync2 = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync2 = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// ../main/node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta3) {
    reg.add(this, meta3);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default2(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch2(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse2(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync2(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse2(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync2(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode2(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode2(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync2(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync2(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode2(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode2(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync2(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync2(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => stringProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function email2(params) {
  return _email(ZodEmail, params);
}
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function guid2(params) {
  return _guid(ZodGUID, params);
}
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function uuid2(params) {
  return _uuid(ZodUUID, params);
}
function uuidv4(params) {
  return _uuidv4(ZodUUID, params);
}
function uuidv6(params) {
  return _uuidv6(ZodUUID, params);
}
function uuidv7(params) {
  return _uuidv7(ZodUUID, params);
}
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
function httpUrl(params) {
  return _url(ZodURL, {
    protocol: httpProtocol,
    hostname: domain,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function emoji2(params) {
  return _emoji2(ZodEmoji, params);
}
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function nanoid2(params) {
  return _nanoid(ZodNanoID, params);
}
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid3(params) {
  return _cuid(ZodCUID, params);
}
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cuid22(params) {
  return _cuid2(ZodCUID2, params);
}
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ulid2(params) {
  return _ulid(ZodULID, params);
}
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function xid2(params) {
  return _xid(ZodXID, params);
}
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ksuid2(params) {
  return _ksuid(ZodKSUID, params);
}
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv42(params) {
  return _ipv4(ZodIPv4, params);
}
var ZodMAC = /* @__PURE__ */ $constructor("ZodMAC", (inst, def) => {
  $ZodMAC.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function mac2(params) {
  return _mac(ZodMAC, params);
}
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function ipv62(params) {
  return _ipv6(ZodIPv6, params);
}
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv42(params) {
  return _cidrv4(ZodCIDRv4, params);
}
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function cidrv62(params) {
  return _cidrv6(ZodCIDRv6, params);
}
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base642(params) {
  return _base64(ZodBase64, params);
}
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function base64url2(params) {
  return _base64url(ZodBase64URL, params);
}
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function e1642(params) {
  return _e164(ZodE164, params);
}
var ZodCreditCard = /* @__PURE__ */ $constructor("ZodCreditCard", (inst, def) => {
  $ZodCreditCard.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function creditCard2(params) {
  return _creditCard(ZodCreditCard, params);
}
var ZodIBAN = /* @__PURE__ */ $constructor("ZodIBAN", (inst, def) => {
  $ZodIBAN.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function iban2(params) {
  return _iban(ZodIBAN, params);
}
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function jwt(params) {
  return _jwt(ZodJWT, params);
}
var ZodCustomStringFormat = /* @__PURE__ */ $constructor("ZodCustomStringFormat", (inst, def) => {
  $ZodCustomStringFormat.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function stringFormat(format, fnOrRegex, _params = {}) {
  return _stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hostname", hostname, _params);
}
function hex2(_params) {
  return _stringFormat(ZodCustomStringFormat, "hex", hex, _params);
}
function currencyCode2(_params) {
  return _stringFormat(ZodCustomStringFormat, "currency_code", currencyCode, _params);
}
function hash(alg, params) {
  const enc2 = params?.enc ?? "hex";
  const format = `${alg}_${enc2}`;
  const regex = regexes_exports[format];
  if (!regex)
    throw new Error(`Unrecognized hash format: ${format}`);
  return _stringFormat(ZodCustomStringFormat, format, regex, params);
}
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => numberProcessor(inst, ctx, json2, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
function float32(params) {
  return _float32(ZodNumberFormat, params);
}
function float64(params) {
  return _float64(ZodNumberFormat, params);
}
function int32(params) {
  return _int32(ZodNumberFormat, params);
}
function uint32(params) {
  return _uint32(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => booleanProcessor(inst, ctx, json2, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodBigInt = /* @__PURE__ */ $constructor(
  "ZodBigInt",
  (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => bigintProcessor(inst, ctx, json2, params);
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    positive(params) {
      return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
      return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
      return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
      return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    }
  })
);
function bigint2(params) {
  return _bigint(ZodBigInt, params);
}
var ZodBigIntFormat = /* @__PURE__ */ $constructor("ZodBigIntFormat", (inst, def) => {
  $ZodBigIntFormat.init(inst, def);
  ZodBigInt.init(inst, def);
});
function int64(params) {
  return _int64(ZodBigIntFormat, params);
}
function uint64(params) {
  return _uint64(ZodBigIntFormat, params);
}
var ZodSymbol = /* @__PURE__ */ $constructor("ZodSymbol", (inst, def) => {
  $ZodSymbol.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => symbolProcessor(inst, ctx, json2, params);
});
function symbol(params) {
  return _symbol(ZodSymbol, params);
}
var ZodUndefined = /* @__PURE__ */ $constructor("ZodUndefined", (inst, def) => {
  $ZodUndefined.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => undefinedProcessor(inst, ctx, json2, params);
});
function _undefined3(params) {
  return _undefined2(ZodUndefined, params);
}
var ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullProcessor(inst, ctx, json2, params);
});
function _null3(params) {
  return _null2(ZodNull, params);
}
var ZodAny = /* @__PURE__ */ $constructor("ZodAny", (inst, def) => {
  $ZodAny.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => anyProcessor(inst, ctx, json2, params);
});
function any() {
  return _any(ZodAny);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unknownProcessor(inst, ctx, json2, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => neverProcessor(inst, ctx, json2, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodVoid = /* @__PURE__ */ $constructor("ZodVoid", (inst, def) => {
  $ZodVoid.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => voidProcessor(inst, ctx, json2, params);
});
function _void2(params) {
  return _void(ZodVoid, params);
}
var ZodDate = /* @__PURE__ */ $constructor(
  "ZodDate",
  (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json2, params) => dateProcessor(inst, ctx, json2, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
  },
  /* @__PURE__ */ util_exports.derived({
    minDate: (inst) => {
      const { minimum } = aggregateChecks(inst);
      return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
      const { maximum } = aggregateChecks(inst);
      return maximum ? new Date(maximum) : null;
    }
  }, {})
);
function date2(params) {
  return _date(ZodDate, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => arrayProcessor(inst, ctx, json2, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
function keyof(schema) {
  const shape = schema._zod.def.shape;
  return _enum2(Object.keys(shape));
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => objectProcessor(inst, ctx, json2, params);
  util_exports.installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
}, {
  keyof() {
    return _enum2(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function looseObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodXor = /* @__PURE__ */ $constructor("ZodXor", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodXor.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params);
  inst.options = def.options;
});
function xor(options, params) {
  return new ZodXor({
    type: "union",
    options,
    inclusive: false,
    ...util_exports.normalizeParams(params)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => intersectionProcessor(inst, ctx, json2, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodTuple = /* @__PURE__ */ $constructor("ZodTuple", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTuple.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => tupleProcessor(inst, ctx, json2, params);
}, {
  rest(rest) {
    return this.clone({
      ...this._zod.def,
      rest
    });
  },
  partial() {
    const def = this._zod.def;
    if (def.checks?.length)
      throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return this.clone({
      ...def,
      items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item }))
    });
  }
});
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodTuple({
    type: "tuple",
    items,
    rest,
    ...util_exports.normalizeParams(params)
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => recordProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function partialRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params),
    partial: true
  });
}
function looseRecord(keyType, valueType, params) {
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    mode: "loose",
    ...util_exports.normalizeParams(params)
  });
}
var ZodMap = /* @__PURE__ */ $constructor("ZodMap", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodMap.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => mapProcessor(inst, ctx, json2, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function map(keyType, valueType, params) {
  return new ZodMap({
    type: "map",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSet = /* @__PURE__ */ $constructor("ZodSet", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodSet.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => setProcessor(inst, ctx, json2, params);
  inst.min = (...args) => inst.check(_minSize(...args));
  inst.nonempty = (params) => inst.check(_minSize(1, params));
  inst.max = (...args) => inst.check(_maxSize(...args));
  inst.size = (...args) => inst.check(_size(...args));
});
function set(valueType, params) {
  return new ZodSet({
    type: "set",
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => enumProcessor(inst, ctx, json2, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys2 = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys2.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys2.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum2(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function nativeEnum(entries, params) {
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => literalProcessor(inst, ctx, json2, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodFile = /* @__PURE__ */ $constructor("ZodFile", (inst, def) => {
  $ZodFile.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => fileProcessor(inst, ctx, json2, params);
  inst.min = (size, params) => inst.check(_minSize(size, params));
  inst.max = (size, params) => inst.check(_maxSize(size, params));
  inst.mime = (types, params) => inst.check(_mime(Array.isArray(types) ? types : [types], params));
});
function file(params) {
  return _file(ZodFile, params);
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => transformProcessor(inst, ctx, json2, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output2 = def.transform(payload.value, payload);
    if (output2 instanceof Promise) {
      return output2.then((output3) => {
        payload.value = output3;
        return payload;
      });
    }
    payload.value = output2;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nullableProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function nullish2(innerType) {
  return optional(nullable(innerType));
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => defaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default2(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => prefaultProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nonoptionalProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodSuccess = /* @__PURE__ */ $constructor("ZodSuccess", (inst, def) => {
  $ZodSuccess.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => successProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function success(innerType) {
  return new ZodSuccess({
    type: "success",
    innerType
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => catchProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch2(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodNaN = /* @__PURE__ */ $constructor("ZodNaN", (inst, def) => {
  $ZodNaN.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => nanProcessor(inst, ctx, json2, params);
});
function nan(params) {
  return _nan(ZodNaN, params);
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => pipeProcessor(inst, ctx, json2, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodCodec = /* @__PURE__ */ $constructor("ZodCodec", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodCodec.init(inst, def);
});
function codec(in_, out, params) {
  return new ZodCodec({
    type: "pipe",
    in: in_,
    out,
    transform: params.decode,
    reverseTransform: params.encode
  });
}
function invertCodec(codec2) {
  const def = codec2._zod.def;
  return new ZodCodec({
    type: "pipe",
    in: def.out,
    out: def.in,
    transform: def.reverseTransform,
    reverseTransform: def.transform
  });
}
var ZodPreprocess = /* @__PURE__ */ $constructor("ZodPreprocess", (inst, def) => {
  ZodPipe.init(inst, def);
  $ZodPreprocess.init(inst, def);
});
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => readonlyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodTemplateLiteral = /* @__PURE__ */ $constructor("ZodTemplateLiteral", (inst, def) => {
  $ZodTemplateLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => templateLiteralProcessor(inst, ctx, json2, params);
});
function templateLiteral(parts, params) {
  return new ZodTemplateLiteral({
    type: "template_literal",
    parts,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLazy = /* @__PURE__ */ $constructor("ZodLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => lazyProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.getter();
});
function lazy(getter) {
  return new ZodLazy({
    type: "lazy",
    getter
  });
}
var ZodPromise = /* @__PURE__ */ $constructor("ZodPromise", (inst, def) => {
  $ZodPromise.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => promiseProcessor(inst, ctx, json2, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function promise(innerType) {
  return new ZodPromise({
    type: "promise",
    innerType
  });
}
var ZodFunction = /* @__PURE__ */ $constructor("ZodFunction", (inst, def) => {
  $ZodFunction.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => functionProcessor(inst, ctx, json2, params);
});
function _function(params) {
  return new ZodFunction({
    type: "function",
    input: Array.isArray(params?.input) ? tuple(params?.input) : params?.input ?? array(unknown()),
    output: params?.output ?? unknown()
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json2, params) => customProcessor(inst, ctx, json2, params);
});
function check(fn) {
  const ch = new $ZodCheck({
    check: "custom"
    // ...util.normalizeParams(params),
  });
  ch._zod.check = fn;
  return ch;
}
function custom(fn, _params) {
  return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;
var meta2 = meta;
var ZodInstanceOf = /* @__PURE__ */ $constructor("ZodInstanceOf", (inst, def) => {
  ZodCustom.init(inst, def);
}, {
  properties(shape, params) {
    return this.check(_properties(shape, params));
  }
});
function _instanceof(cls, params = {}) {
  const inst = new ZodInstanceOf({
    type: "custom",
    check: "custom",
    fn: (data) => data instanceof cls,
    abort: true,
    ...util_exports.normalizeParams(params)
  });
  inst._zod.bag.Class = cls;
  inst._zod.check = (payload) => {
    if (!(payload.value instanceof cls)) {
      payload.issues.push({
        code: "invalid_type",
        expected: cls.name,
        input: payload.value,
        inst,
        path: [...inst._zod.def.path ?? []]
      });
    }
  };
  return inst;
}
var stringbool = (...args) => _stringbool({
  Codec: ZodCodec,
  Boolean: ZodBoolean,
  String: ZodString
}, ...args);
function json(params) {
  const jsonSchema = lazy(() => {
    return union([string2(params), number2(), boolean2(), _null3(), array(jsonSchema), record(string2(), jsonSchema)]);
  });
  return jsonSchema;
}
function preprocess(fn, schema) {
  return new ZodPreprocess({
    type: "pipe",
    in: transform(fn),
    out: schema
  });
}

// ../main/node_modules/zod/v4/classic/compat.js
var ZodIssueCode = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom"
};
function setErrorMap(map2) {
  config({
    customError: map2
  });
}
function getErrorMap() {
  return config().customError;
}
var ZodFirstPartyTypeKind;
/* @__PURE__ */ (function(ZodFirstPartyTypeKind2) {
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));

// ../main/node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date3,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date3(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}

// ../main/node_modules/zod/v4/classic/from-json-schema.js
var z = {
  ...schemas_exports2,
  ...checks_exports2,
  iso: iso_exports
};
var RECOGNIZED_KEYS = /* @__PURE__ */ new Set([
  // Schema identification
  "$schema",
  "$ref",
  "$defs",
  "definitions",
  // Core schema keywords
  "$id",
  "id",
  "$comment",
  "$anchor",
  "$vocabulary",
  "$dynamicRef",
  "$dynamicAnchor",
  // Type
  "type",
  "enum",
  "const",
  // Composition
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  // Object
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  // Array
  "items",
  "prefixItems",
  "additionalItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  // String
  "minLength",
  "maxLength",
  "pattern",
  "format",
  // Number
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  // Already handled metadata
  "description",
  "default",
  // Content
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  // Unsupported (error-throwing)
  "unevaluatedItems",
  "unevaluatedProperties",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "dependentRequired",
  // OpenAPI
  "nullable",
  "readOnly"
]);
function detectVersion(schema, defaultTarget) {
  const $schema = schema.$schema;
  if ($schema === "https://json-schema.org/draft/2020-12/schema") {
    return "draft-2020-12";
  }
  if ($schema === "http://json-schema.org/draft-07/schema#") {
    return "draft-7";
  }
  if ($schema === "http://json-schema.org/draft-04/schema#") {
    return "draft-4";
  }
  return defaultTarget ?? "draft-2020-12";
}
function applyMinItems(items, minItems) {
  return items.map((item, index) => index < minItems ? item : item.optional());
}
function decodeJSONPointerSegment(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function resolveRef(ref, ctx) {
  if (!ref.startsWith("#")) {
    throw new Error("External $ref is not supported, only local refs (#/...) are allowed");
  }
  const path5 = ref.slice(1).split("/").filter(Boolean);
  if (path5.length === 0) {
    return ctx.rootSchema;
  }
  const defsKey = ctx.version === "draft-2020-12" ? "$defs" : "definitions";
  if (path5[0] === defsKey) {
    const key = path5[1] === void 0 ? void 0 : decodeJSONPointerSegment(path5[1]);
    if (!key || !ctx.defs[key]) {
      throw new Error(`Reference not found: ${ref}`);
    }
    return ctx.defs[key];
  }
  throw new Error(`Reference not found: ${ref}`);
}
function checkObjectGuards(objectSchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const value = payload.value;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return;
    const keys2 = Object.getOwnPropertyNames(value);
    if (guards.minProperties !== void 0 && keys2.length < guards.minProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_small",
        minimum: guards.minProperties,
        inclusive: true,
        message: `Too small: expected object to have >=${guards.minProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.maxProperties !== void 0 && keys2.length > guards.maxProperties) {
      payload.issues.push({
        origin: "object",
        code: "too_big",
        maximum: guards.maxProperties,
        inclusive: true,
        message: `Too big: expected object to have <=${guards.maxProperties} properties`,
        input: value,
        inst: objectSchema,
        continue: true
      });
    }
    if (guards.keySchema) {
      for (const key of keys2) {
        const result = guards.keySchema.safeParse(key);
        if (result.success)
          continue;
        payload.issues.push({
          code: "invalid_key",
          origin: "record",
          issues: result.error.issues,
          input: key,
          path: [key],
          continue: true
        });
      }
    }
  });
  return guard.pipe(objectSchema);
}
function canonicalKey(value, seen) {
  if (value === null)
    return "z";
  const type = typeof value;
  if (type !== "object") {
    if (type === "number" && Number.isNaN(value))
      return null;
    const raw = String(value);
    return `${type[0]}${raw.length}:${raw}`;
  }
  if (seen.has(value))
    return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const parts2 = [];
      for (const item of value) {
        const key = canonicalKey(item, seen);
        if (key === null)
          return null;
        parts2.push(key);
      }
      return `a${parts2.length}:[${parts2.join(",")}]`;
    }
    const keys2 = Object.keys(value).sort();
    const parts = [];
    for (const k of keys2) {
      const key = canonicalKey(value[k], seen);
      if (key === null)
        return null;
      parts.push(`${k.length}:${k}=${key}`);
    }
    return `o${parts.length}:{${parts.join(",")}}`;
  } finally {
    seen.delete(value);
  }
}
var SCHEMA_KEYWORDS = /* @__PURE__ */ new Set([
  "items",
  "prefixItems",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema"
]);
var SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions"
]);
function containsRef(value) {
  if (typeof value !== "object" || value === null)
    return false;
  if (Array.isArray(value))
    return value.some(containsRef);
  if (typeof value.$ref === "string")
    return true;
  return Object.entries(value).some(([key, sub]) => {
    if (SCHEMA_KEYWORDS.has(key))
      return containsRef(sub);
    if (!SCHEMA_MAP_KEYWORDS.has(key) || typeof sub !== "object" || sub === null)
      return false;
    return Object.values(sub).some(containsRef);
  });
}
function plural(n) {
  return n === 1 ? "element" : "elements";
}
function checkArrayGuards(arraySchema, guards) {
  const guard = z.transform((value) => value).check((payload) => {
    const items = payload.value;
    if (!Array.isArray(items))
      return;
    if (guards.uniqueItems === true) {
      const firstSeen = /* @__PURE__ */ new Map();
      for (let i2 = 0; i2 < items.length; i2++) {
        const key = canonicalKey(items[i2], /* @__PURE__ */ new Set());
        if (key === null)
          continue;
        const first = firstSeen.get(key);
        if (first === void 0) {
          firstSeen.set(key, i2);
          continue;
        }
        payload.issues.push({
          code: "custom",
          message: `Array items must be unique: element at index ${i2} duplicates the one at index ${first}`,
          input: items,
          path: [i2],
          continue: true
        });
      }
    }
    if (guards.containsSchema) {
      const minContains = guards.minContains ?? 1;
      const ceiling = guards.maxContains !== void 0 ? guards.maxContains + 1 : Number.POSITIVE_INFINITY;
      let matches = 0;
      for (const item of items) {
        if (guards.containsSchema.safeParse(item).success && ++matches >= ceiling)
          break;
      }
      if (matches < minContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at least ${minContains} matching ${plural(minContains)}; found ${matches}`,
          input: items,
          continue: true
        });
      }
      if (guards.maxContains !== void 0 && matches > guards.maxContains) {
        payload.issues.push({
          code: "custom",
          message: `Array must contain at most ${guards.maxContains} matching ${plural(guards.maxContains)}`,
          input: items,
          continue: true
        });
      }
    }
  });
  return guard.pipe(arraySchema);
}
function getTupleRest(restSchema, ctx) {
  if (restSchema === false) {
    return void 0;
  }
  if (restSchema === void 0 || restSchema === true) {
    return z.any();
  }
  return convertSchema(restSchema, ctx);
}
var fullTime = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function convertBaseSchema(schema, ctx) {
  if (schema.not !== void 0) {
    if (typeof schema.not === "object" && Object.keys(schema.not).length === 0) {
      return z.never();
    }
    throw new Error("not is not supported in Zod (except { not: {} } for never)");
  }
  if (schema.unevaluatedItems !== void 0) {
    throw new Error("unevaluatedItems is not supported");
  }
  if (schema.unevaluatedProperties !== void 0) {
    throw new Error("unevaluatedProperties is not supported");
  }
  if (schema.if !== void 0 || schema.then !== void 0 || schema.else !== void 0) {
    throw new Error("Conditional schemas (if/then/else) are not supported");
  }
  if (schema.dependentSchemas !== void 0 || schema.dependentRequired !== void 0) {
    throw new Error("dependentSchemas and dependentRequired are not supported");
  }
  if (schema.$ref) {
    const refPath = schema.$ref;
    if (ctx.refs.has(refPath)) {
      return ctx.refs.get(refPath);
    }
    if (ctx.processing.has(refPath)) {
      return z.lazy(() => {
        if (!ctx.refs.has(refPath)) {
          throw new Error(`Circular reference not resolved: ${refPath}`);
        }
        return ctx.refs.get(refPath);
      });
    }
    ctx.processing.add(refPath);
    const resolved = resolveRef(refPath, ctx);
    const zodSchema2 = convertSchema(resolved, ctx);
    ctx.refs.set(refPath, zodSchema2);
    ctx.processing.delete(refPath);
    return zodSchema2;
  }
  if (schema.enum !== void 0) {
    const enumValues = schema.enum;
    if (ctx.version === "openapi-3.0" && schema.nullable === true && enumValues.length === 1 && enumValues[0] === null) {
      return z.null();
    }
    if (enumValues.length === 0) {
      return z.never();
    }
    if (enumValues.length === 1) {
      return z.literal(enumValues[0]);
    }
    if (enumValues.every((v) => typeof v === "string")) {
      return z.enum(enumValues);
    }
    const literalSchemas = enumValues.map((v) => z.literal(v));
    if (literalSchemas.length < 2) {
      return literalSchemas[0];
    }
    return z.union([literalSchemas[0], literalSchemas[1], ...literalSchemas.slice(2)]);
  }
  if (schema.const !== void 0) {
    return z.literal(schema.const);
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    const typeSchemas = type.map((t) => {
      const typeSchema = { ...schema, type: t };
      return convertBaseSchema(typeSchema, ctx);
    });
    if (typeSchemas.length === 0) {
      return z.never();
    }
    if (typeSchemas.length === 1) {
      return typeSchemas[0];
    }
    return z.union(typeSchemas);
  }
  if (!type) {
    return z.any();
  }
  let zodSchema;
  switch (type) {
    case "string": {
      let stringSchema = z.string();
      if (schema.format) {
        const format = schema.format;
        if (format === "email") {
          stringSchema = stringSchema.check(z.email());
        } else if (format === "uri" || format === "uri-reference") {
          stringSchema = stringSchema.check(z.url());
        } else if (format === "uuid" || format === "guid") {
          stringSchema = stringSchema.check(z.uuid());
        } else if (format === "date-time") {
          stringSchema = stringSchema.check(z.iso.datetime({ offset: true }));
        } else if (format === "date") {
          stringSchema = stringSchema.check(z.iso.date());
        } else if (format === "time") {
          stringSchema = stringSchema.check(z.regex(fullTime));
        } else if (format === "duration") {
          stringSchema = stringSchema.check(z.iso.duration());
        } else if (format === "hostname") {
          stringSchema = stringSchema.check(z.hostname());
        } else if (format === "ipv4") {
          stringSchema = stringSchema.check(z.ipv4());
        } else if (format === "ipv6") {
          stringSchema = stringSchema.check(z.ipv6());
        } else if (format === "mac") {
          stringSchema = stringSchema.check(z.mac());
        } else if (format === "cidr") {
          stringSchema = stringSchema.check(z.cidrv4());
        } else if (format === "cidr-v6") {
          stringSchema = stringSchema.check(z.cidrv6());
        } else if (format === "base64") {
          stringSchema = stringSchema.check(z.base64());
        } else if (format === "base64url") {
          stringSchema = stringSchema.check(z.base64url());
        } else if (format === "e164") {
          stringSchema = stringSchema.check(z.e164());
        } else if (format === "credit_card") {
          stringSchema = stringSchema.check(z.creditCard());
        } else if (format === "iban") {
          stringSchema = stringSchema.check(z.iban());
        } else if (format === "jwt") {
          stringSchema = stringSchema.check(z.jwt());
        } else if (format === "emoji") {
          stringSchema = stringSchema.check(z.emoji());
        } else if (format === "nanoid") {
          stringSchema = stringSchema.check(z.nanoid());
        } else if (format === "cuid") {
          stringSchema = stringSchema.check(z.cuid());
        } else if (format === "cuid2") {
          stringSchema = stringSchema.check(z.cuid2());
        } else if (format === "ulid") {
          stringSchema = stringSchema.check(z.ulid());
        } else if (format === "xid") {
          stringSchema = stringSchema.check(z.xid());
        } else if (format === "ksuid") {
          stringSchema = stringSchema.check(z.ksuid());
        }
      }
      if (typeof schema.minLength === "number") {
        stringSchema = stringSchema.min(schema.minLength);
      }
      if (typeof schema.maxLength === "number") {
        stringSchema = stringSchema.max(schema.maxLength);
      }
      if (schema.pattern) {
        stringSchema = stringSchema.regex(new RegExp(schema.pattern));
      }
      zodSchema = stringSchema;
      break;
    }
    case "number":
    case "integer": {
      let numberSchema = type === "integer" ? z.number().int() : z.number();
      if (typeof schema.minimum === "number" && schema.exclusiveMinimum !== true) {
        numberSchema = numberSchema.min(schema.minimum);
      }
      if (typeof schema.maximum === "number" && schema.exclusiveMaximum !== true) {
        numberSchema = numberSchema.max(schema.maximum);
      }
      if (typeof schema.exclusiveMinimum === "number") {
        numberSchema = numberSchema.gt(schema.exclusiveMinimum);
      } else if (schema.exclusiveMinimum === true && typeof schema.minimum === "number") {
        numberSchema = numberSchema.gt(schema.minimum);
      }
      if (typeof schema.exclusiveMaximum === "number") {
        numberSchema = numberSchema.lt(schema.exclusiveMaximum);
      } else if (schema.exclusiveMaximum === true && typeof schema.maximum === "number") {
        numberSchema = numberSchema.lt(schema.maximum);
      }
      if (typeof schema.multipleOf === "number") {
        numberSchema = numberSchema.multipleOf(schema.multipleOf);
      }
      zodSchema = numberSchema;
      break;
    }
    case "boolean": {
      zodSchema = z.boolean();
      break;
    }
    case "null": {
      zodSchema = z.null();
      break;
    }
    case "object": {
      const shape = {};
      const properties = schema.properties || {};
      const requiredSet = new Set(schema.required || []);
      const additionalSchema = typeof schema.additionalProperties === "object" ? convertSchema(schema.additionalProperties, ctx) : void 0;
      for (const [key, propSchema] of Object.entries(properties)) {
        const propZodSchema = convertSchema(propSchema, ctx);
        assignProp(shape, key, requiredSet.has(key) ? propZodSchema : propZodSchema.optional());
      }
      if (schema.patternProperties) {
        const patternProps = schema.patternProperties;
        const patternKeys = Object.keys(patternProps);
        const looseRecords = [];
        for (const pattern of patternKeys) {
          const patternValue = convertSchema(patternProps[pattern], ctx);
          const keySchema = z.string().regex(new RegExp(pattern));
          looseRecords.push(z.looseRecord(keySchema, patternValue));
        }
        const schemasToIntersect = [];
        if (Object.keys(shape).length > 0) {
          schemasToIntersect.push(z.object(shape).passthrough());
        }
        schemasToIntersect.push(...looseRecords);
        if (schemasToIntersect.length === 0) {
          zodSchema = z.object({}).passthrough();
        } else if (schemasToIntersect.length === 1) {
          zodSchema = schemasToIntersect[0];
        } else {
          let result = z.intersection(schemasToIntersect[0], schemasToIntersect[1]);
          for (let i2 = 2; i2 < schemasToIntersect.length; i2++) {
            result = z.intersection(result, schemasToIntersect[i2]);
          }
          zodSchema = result;
        }
        if (schema.additionalProperties === false) {
          const propertyKeys = Object.keys(shape);
          const patterns = patternKeys.map((p) => new RegExp(p));
          const basePatternSchema = zodSchema;
          zodSchema = zodSchema.check((payload) => {
            if (!isPlainObject(payload.value))
              return;
            const unrecognized = [];
            for (const key of Object.keys(payload.value)) {
              if (propertyKeys.includes(key))
                continue;
              if (patterns.some((regex) => regex.test(key)))
                continue;
              unrecognized.push(key);
            }
            if (unrecognized.length) {
              payload.issues.push({
                code: "unrecognized_keys",
                keys: unrecognized,
                input: payload.value,
                inst: basePatternSchema
              });
            }
          });
        }
      } else {
        const objectSchema = z.object(shape);
        if (schema.additionalProperties === false) {
          zodSchema = objectSchema.strict();
        } else if (additionalSchema) {
          zodSchema = objectSchema.catchall(additionalSchema);
        } else {
          zodSchema = objectSchema.passthrough();
        }
      }
      const hasKeyGuard = schema.propertyNames !== void 0 && schema.propertyNames !== true;
      const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : void 0;
      const maxProperties = typeof schema.maxProperties === "number" ? schema.maxProperties : void 0;
      if (hasKeyGuard || minProperties !== void 0 || maxProperties !== void 0) {
        let keySchema;
        if (hasKeyGuard) {
          const keyJSONSchema = typeof schema.propertyNames === "object" && schema.propertyNames.type === void 0 ? { type: "string", ...schema.propertyNames } : schema.propertyNames;
          keySchema = convertSchema(keyJSONSchema, ctx);
        }
        zodSchema = checkObjectGuards(zodSchema, { keySchema, minProperties, maxProperties });
      }
      break;
    }
    case "array": {
      const prefixItems = schema.prefixItems;
      const items = schema.items;
      if (prefixItems && Array.isArray(prefixItems)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = prefixItems.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = !Array.isArray(items) ? getTupleRest(items, ctx) : void 0;
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (Array.isArray(items)) {
        const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
        const tupleItems = items.map((item) => convertSchema(item, ctx));
        const positionalItems = applyMinItems(tupleItems, minItems);
        const rest = getTupleRest(schema.additionalItems, ctx);
        const tupleSchema = z.tuple(positionalItems);
        zodSchema = rest ? tupleSchema.rest(rest) : tupleSchema;
        if (typeof schema.minItems === "number") {
          zodSchema = zodSchema.check(z.minLength(schema.minItems));
        }
        if (typeof schema.maxItems === "number") {
          zodSchema = zodSchema.check(z.maxLength(schema.maxItems));
        }
      } else if (items !== void 0) {
        const element = convertSchema(items, ctx);
        let arraySchema = z.array(element);
        if (typeof schema.minItems === "number") {
          arraySchema = arraySchema.min(schema.minItems);
        }
        if (typeof schema.maxItems === "number") {
          arraySchema = arraySchema.max(schema.maxItems);
        }
        zodSchema = arraySchema;
      } else {
        zodSchema = z.array(z.any());
      }
      if (schema.uniqueItems === true || schema.contains !== void 0) {
        zodSchema = checkArrayGuards(zodSchema, {
          uniqueItems: schema.uniqueItems === true,
          containsSchema: schema.contains !== void 0 ? convertSchema(schema.contains, ctx) : void 0,
          minContains: typeof schema.minContains === "number" ? schema.minContains : void 0,
          maxContains: typeof schema.maxContains === "number" ? schema.maxContains : void 0
        });
      }
      break;
    }
    default:
      throw new Error(`Unsupported type: ${type}`);
  }
  return zodSchema;
}
function convertSchema(schema, ctx) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let baseSchema = convertBaseSchema(schema, ctx);
  const hasExplicitType = schema.type || schema.enum !== void 0 || schema.const !== void 0;
  if (schema.anyOf && Array.isArray(schema.anyOf)) {
    const options = schema.anyOf.map((s) => convertSchema(s, ctx));
    const anyOfUnion = z.union(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, anyOfUnion) : anyOfUnion;
  }
  if (schema.oneOf && Array.isArray(schema.oneOf)) {
    const options = schema.oneOf.map((s) => convertSchema(s, ctx));
    const oneOfUnion = z.xor(options);
    baseSchema = hasExplicitType ? z.intersection(baseSchema, oneOfUnion) : oneOfUnion;
  }
  if (schema.allOf && Array.isArray(schema.allOf)) {
    if (schema.allOf.length === 0) {
      baseSchema = hasExplicitType ? baseSchema : z.any();
    } else {
      let result = hasExplicitType ? baseSchema : convertSchema(schema.allOf[0], ctx);
      const startIdx = hasExplicitType ? 0 : 1;
      for (let i2 = startIdx; i2 < schema.allOf.length; i2++) {
        result = z.intersection(result, convertSchema(schema.allOf[i2], ctx));
      }
      baseSchema = result;
    }
  }
  if (schema.nullable === true && ctx.version === "openapi-3.0") {
    baseSchema = z.nullable(baseSchema);
  }
  if (schema.readOnly === true) {
    baseSchema = z.readonly(baseSchema);
  }
  if (schema.default !== void 0) {
    baseSchema = baseSchema.default(schema.default);
  }
  const extraMeta = {};
  const coreMetadataKeys = ["$id", "id", "$comment", "$anchor", "$vocabulary", "$dynamicRef", "$dynamicAnchor"];
  for (const key of coreMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  const contentMetadataKeys = ["contentEncoding", "contentMediaType", "contentSchema"];
  for (const key of contentMetadataKeys) {
    if (key in schema) {
      extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "object" && schema.$ref === void 0) {
    if (schema.propertyNames !== void 0 && !containsRef(schema.propertyNames)) {
      extraMeta.propertyNames = schema.propertyNames;
    }
    for (const key of ["minProperties", "maxProperties"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  if (schema.type === "array" && schema.$ref === void 0) {
    if (schema.contains !== void 0 && !containsRef(schema.contains)) {
      extraMeta.contains = schema.contains;
    }
    for (const key of ["uniqueItems", "minContains", "maxContains"]) {
      if (schema[key] !== void 0)
        extraMeta[key] = schema[key];
    }
  }
  for (const key of Object.keys(schema)) {
    if (!RECOGNIZED_KEYS.has(key)) {
      assignProp(extraMeta, key, schema[key]);
    }
  }
  if (Object.keys(extraMeta).length > 0) {
    ctx.registry.add(baseSchema, extraMeta);
  }
  if (schema.description) {
    baseSchema = baseSchema.describe(schema.description);
  }
  return baseSchema;
}
function fromJSONSchema(schema, params) {
  if (typeof schema === "boolean") {
    return schema ? z.any() : z.never();
  }
  let normalized;
  try {
    normalized = JSON.parse(JSON.stringify(schema));
  } catch {
    throw new Error("fromJSONSchema input is not valid JSON (possibly cyclic); use $defs/$ref for recursive schemas");
  }
  const version2 = detectVersion(normalized, params?.defaultTarget);
  const defs = normalized.$defs || normalized.definitions || {};
  const ctx = {
    version: version2,
    defs,
    refs: /* @__PURE__ */ new Map(),
    processing: /* @__PURE__ */ new Set(),
    rootSchema: normalized,
    registry: params?.registry ?? globalRegistry
  };
  return convertSchema(normalized, ctx);
}

// ../main/node_modules/zod/v4/core/visit.js
var RESOLVING = /* @__PURE__ */ Symbol("z.visit/resolving");
function visit(schema, fnOrHandlers) {
  const fn = typeof fnOrHandlers === "function" ? fnOrHandlers : (node2, rewritten) => {
    const h = fnOrHandlers[node2._zod.def.type];
    return h ? h(node2, rewritten) : node2;
  };
  const cache = /* @__PURE__ */ new Map();
  function run(s) {
    const cached2 = cache.get(s);
    if (cached2 === RESOLVING) {
      return new $ZodLazy({
        type: "lazy",
        getter: () => cache.get(s)
      });
    }
    if (cached2 !== void 0)
      return cached2;
    cache.set(s, RESOLVING);
    const inner = mapInner(s);
    const mapped = fn(inner, inner !== s);
    cache.set(s, mapped);
    return mapped;
  }
  function mapInner(s) {
    const def = s._zod.def;
    const kind = def.type;
    switch (kind) {
      case "object": {
        const oldShape = def.shape;
        const keys2 = Object.keys(oldShape);
        let changed = false;
        const newShape = {};
        for (const k of keys2) {
          const mapped = run(oldShape[k]);
          if (mapped !== oldShape[k])
            changed = true;
          newShape[k] = mapped;
        }
        let newCatchall = def.catchall;
        if (def.catchall) {
          newCatchall = run(def.catchall);
          if (newCatchall !== def.catchall)
            changed = true;
        }
        return changed ? clone(s, { ...def, shape: newShape, catchall: newCatchall }) : s;
      }
      case "array": {
        const mapped = run(def.element);
        return mapped === def.element ? s : clone(s, { ...def, element: mapped });
      }
      case "tuple": {
        const oldItems = def.items;
        let changed = false;
        const newItems = [];
        for (const item of oldItems) {
          const mapped = run(item);
          if (mapped !== item)
            changed = true;
          newItems.push(mapped);
        }
        let newRest = def.rest;
        if (def.rest) {
          newRest = run(def.rest);
          if (newRest !== def.rest)
            changed = true;
        }
        return changed ? clone(s, { ...def, items: newItems, rest: newRest }) : s;
      }
      case "record":
      case "map": {
        const newKey = run(def.keyType);
        const newVal = run(def.valueType);
        return newKey === def.keyType && newVal === def.valueType ? s : clone(s, { ...def, keyType: newKey, valueType: newVal });
      }
      case "set": {
        const newVal = run(def.valueType);
        return newVal === def.valueType ? s : clone(s, { ...def, valueType: newVal });
      }
      case "union": {
        const oldOptions = def.options;
        let changed = false;
        const newOptions = [];
        for (const opt of oldOptions) {
          const mapped = run(opt);
          if (mapped !== opt)
            changed = true;
          newOptions.push(mapped);
        }
        return changed ? clone(s, { ...def, options: newOptions }) : s;
      }
      case "intersection": {
        const newLeft = run(def.left);
        const newRight = run(def.right);
        return newLeft === def.left && newRight === def.right ? s : clone(s, { ...def, left: newLeft, right: newRight });
      }
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success": {
        const newInner = run(def.innerType);
        return newInner === def.innerType ? s : clone(s, { ...def, innerType: newInner });
      }
      case "pipe": {
        const newIn = run(def.in);
        const newOut = run(def.out);
        return newIn === def.in && newOut === def.out ? s : clone(s, { ...def, in: newIn, out: newOut });
      }
      case "function": {
        const newInput = run(def.input);
        const newOutput = run(def.output);
        return newInput === def.input && newOutput === def.output ? s : clone(s, { ...def, input: newInput, output: newOutput });
      }
      case "lazy": {
        const original = def.getter;
        const { _cachedInner, ...rest } = def;
        return clone(s, { ...rest, getter: () => run(original()) });
      }
      // A leaf by choice: `parts` are regex fragments, not data positions.
      case "template_literal":
      // Leaves.
      case "string":
      case "number":
      case "int":
      case "boolean":
      case "bigint":
      case "symbol":
      case "undefined":
      case "null":
      case "void":
      case "never":
      case "any":
      case "unknown":
      case "date":
      case "nan":
      case "enum":
      case "literal":
      case "file":
      case "transform":
      case "custom":
        return s;
      default: {
        kind;
        return s;
      }
    }
  }
  return run(schema);
}

// ../main/node_modules/zod/v4/classic/deep-partial.js
function deepPartial(schema) {
  return visit(schema, {
    object: (s) => s.partial(),
    // Every partialed option now admits `undefined`, which the constructor rejects as a duplicate.
    union: (s) => {
      const def = s._zod.def;
      return def.discriminator === void 0 ? s : union(def.options);
    }
  });
}

// ../main/node_modules/zod/v4/classic/in-out.js
function withChecks(side, checks) {
  if (!checks?.length)
    return side;
  const def = side._zod.def;
  return clone(side, mergeDefs(def, { checks: [...def.checks ?? [], ...checks] }), { parent: true });
}
function outSide(def) {
  return withChecks(def.out, def.checks);
}
function inSide(def) {
  return def.in._zod.traits.has("$ZodTransform") ? outSide(def) : def.in;
}
function input(schema) {
  return visit(schema, {
    pipe: (s) => inSide(s._zod.def),
    // A default value belongs to the output side, so a rewritten inner type leaves it stranded. `.default()` widens the declared input type with `undefined`, and `optional` is what carries that across.
    default: (s, rewritten) => rewritten ? optional(s._zod.def.innerType) : s,
    // A catch value is output-side too, but `.catch()` leaves the declared input type alone, so the inner schema stands on its own.
    catch: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}
function output(schema) {
  return visit(schema, {
    pipe: (s) => outSide(s._zod.def),
    // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
    prefault: (s, rewritten) => rewritten ? s._zod.def.innerType : s
  });
}

// ../main/node_modules/zod/v4/classic/coerce.js
var coerce_exports = {};
__export(coerce_exports, {
  bigint: () => bigint3,
  boolean: () => boolean3,
  date: () => date4,
  number: () => number3,
  string: () => string3
});
function string3(params) {
  return _coercedString(ZodString, params);
}
function number3(params) {
  return _coercedNumber(ZodNumber, params);
}
function boolean3(params) {
  return _coercedBoolean(ZodBoolean, params);
}
function bigint3(params) {
  return _coercedBigint(ZodBigInt, params);
}
function date4(params) {
  return _coercedDate(ZodDate, params);
}

// src/shared/api/define.ts
var ROLES = ["cashier", "manager", "owner"];
function method() {
  return (spec) => spec;
}
var DEFAULT_BODY_BYTES = 256 * 1024;

// src/shared/money.ts
var MAX_PAISE = 1e10;
var BPS_100_PERCENT = 1e4;
function isPaise(n) {
  return typeof n === "number" && Number.isSafeInteger(n) && Math.abs(n) <= MAX_PAISE;
}
function mulDivRound(a, b, den) {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`mulDivRound needs safe integers and den != 0, got ${a}, ${b}, ${den}`);
  }
  let num = BigInt(a) * BigInt(b);
  let d = BigInt(den);
  if (d < 0n) {
    num = -num;
    d = -d;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q2 = (abs * 2n + d) / (2n * d);
  return Number(neg ? -q2 : q2);
}
function applyBps(amount, bps2) {
  return mulDivRound(amount, bps2, BPS_100_PERCENT);
}
function allocate(total, weights) {
  if (weights.length === 0) return [];
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError("weights must be non-negative integers");
  const sumW = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sumW === 0n) {
    const out = weights.map(() => 0);
    out[0] = total;
    return out;
  }
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(Math.abs(total));
  const floors = weights.map((w) => t * BigInt(w) / sumW);
  const rems = weights.map((w, i2) => ({ i: i2, r: t * BigInt(w) % sumW }));
  let left = t - floors.reduce((s, f) => s + f, 0n);
  rems.sort((x2, y) => x2.r === y.r ? x2.i - y.i : x2.r > y.r ? -1 : 1);
  for (const { i: i2 } of rems) {
    if (left === 0n) break;
    floors[i2] = floors[i2] + 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(f * sign));
}
var DEVANAGARI_DIGITS = "\u0966\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u096F";
function latinDigits(text3) {
  return [...text3].map((ch) => {
    const d = DEVANAGARI_DIGITS.indexOf(ch);
    return d >= 0 ? String(d) : ch;
  }).join("");
}
function parseScaled(text3, places) {
  const m21 = /^(-?)(\d{1,13})(?:\.(\d+))?$/.exec(latinDigits(text3.trim()).replace(/,/g, ""));
  if (!m21 || (m21[3] ?? "").length > places) return null;
  const value = Number(m21[2]) * 10 ** places + Number((m21[3] ?? "").padEnd(places, "0") || "0");
  return Number.isSafeInteger(value) ? m21[1] === "-" ? -value : value : null;
}
function parseRupees(text3) {
  const value = parseScaled(text3.trim().replace(/^(₹|rs\.?|inr)\s*/i, ""), 2);
  return value !== null && isPaise(value) ? value : null;
}
var formatters = /* @__PURE__ */ new Map();
function formatINR(paise2, lang2 = "hi") {
  const locale = lang2 === "hi" ? "hi-IN" : "en-IN";
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: "INR", minimumFractionDigits: 2, numberingSystem: "latn" });
    formatters.set(locale, f);
  }
  return f.format(paise2 / 100);
}

// src/shared/dates.ts
var DEFAULT_TIME_ZONE = "Asia/Kolkata";
var DAY_MS = 864e5;
function fromDayNumber(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
var dayFormatters = /* @__PURE__ */ new Map();
function isValidTimeZone(tz) {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
function businessDate(instant, tz = DEFAULT_TIME_ZONE) {
  let f = dayFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(tz, f);
  }
  return f.format(instant);
}
function isBusinessDate(s) {
  const m21 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m21) return false;
  return fromDayNumber(Date.UTC(Number(m21[1]), Number(m21[2]) - 1, Number(m21[3])) / DAY_MS) === s;
}
function financialYear(date10) {
  const y = Number(date10.slice(0, 4));
  const m21 = Number(date10.slice(5, 7));
  const start = m21 >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}
function nextDate(date10) {
  return addDays(date10, 1);
}
function lastDayOfMonth(month2) {
  const [y, m21] = [Number(month2.slice(0, 4)), Number(month2.slice(5, 7))];
  return fromDayNumber(Date.UTC(y, m21, 0) / DAY_MS);
}
function fileStamp(instant, tz = DEFAULT_TIME_ZONE) {
  const ms2 = instant.getTime() + offsetMs(instant, tz);
  const wall = new Date(ms2).toISOString();
  return `${wall.slice(0, 10)}_${wall.slice(11, 19).replace(/:/g, "-")}`;
}
var clockFormatters = /* @__PURE__ */ new Map();
function offsetMs(instant, tz) {
  let f = clockFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    clockFormatters.set(tz, f);
  }
  const parts = f.formatToParts(instant);
  const get = (t) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(instant.getTime() / 1e3) * 1e3;
}
function dayStartUtc(date10, tz = DEFAULT_TIME_ZONE) {
  const guess = /* @__PURE__ */ new Date(`${date10}T00:00:00Z`);
  const first = new Date(guess.getTime() - offsetMs(guess, tz));
  return new Date(guess.getTime() - offsetMs(first, tz)).toISOString();
}
function dayNumber(date10) {
  return Date.UTC(Number(date10.slice(0, 4)), Number(date10.slice(5, 7)) - 1, Number(date10.slice(8, 10))) / DAY_MS;
}
function addDays(date10, n) {
  return fromDayNumber(dayNumber(date10) + n);
}
function daysBetween(a, b) {
  return dayNumber(b) - dayNumber(a);
}

// src/shared/api/fields.ts
var lang = external_exports.enum(["hi", "en"]);
var id = external_exports.number().int().positive();
var CONTROL = /^[^\u0000-\u001f\u007f-\u009f]*$/;
var CONTROL_BUT_NEWLINE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*$/;
var CONTROL_MESSAGE = "control_chars";
var str = () => external_exports.string().regex(CONTROL, { message: CONTROL_MESSAGE });
var multiline = () => external_exports.string().regex(CONTROL_BUT_NEWLINE, { message: CONTROL_MESSAGE });
var text2 = (max) => str().trim().min(1).max(max);
var optionalText = (max) => str().trim().max(max).default("");
var optionalMultiline = (max) => multiline().trim().max(max).default("");
var searchText = (max) => external_exports.string().overwrite((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")).trim().max(max);
var name = text2(80);
var isoDate = str().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date" });
var phone = str().trim().regex(/^(\+91[\s-]?)?[0-9][0-9\s-]{5,13}$/, { message: "phone" });
var optionalPhone = external_exports.union([external_exports.literal(""), phone]).default("");
var gstin = str().trim().toUpperCase().regex(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, { message: "gstin" });
var timeZone = str().refine(isValidTimeZone, { message: "timezone" });
var pin = str().regex(/^[0-9]{4,6}$/, { message: "pin" });
var paise = external_exports.number().int().min(0).max(MAX_PAISE);
var requestId = external_exports.uuid();

// src/shared/api/products.ts
var UNITS = ["piece", "pair", "set", "metre"];
var GST_RATES_BPS = [0, 25, 300, 500, 1200, 1800, 2800];
var MAX_QTY_MILLI = 1e9;
var qtyMilli = external_exports.number().int().min(1).max(MAX_QTY_MILLI);
var qtyMilliOrZero = external_exports.number().int().min(0).max(MAX_QTY_MILLI);
var bps = external_exports.number().int().min(0).max(1e4);
var code = str().trim().regex(/^[0-9A-Za-z-]{4,32}$/, { message: "invalid_format" });
var productShape = {
  nameHi: optionalText(120),
  nameEn: optionalText(120),
  craftId: id,
  /** null: the group's own stock; otherwise the artisan whose goods are on consignment. */
  artisanId: id.nullable().default(null),
  pricePaise: paise,
  costPaise: paise.nullable().default(null),
  /** null: the artisan's default commission. */
  commissionBps: bps.nullable().default(null),
  /** Instead of a percentage: she gets this much a unit (the shop keeps the rest). */
  artisanFixedPaise: paise.nullable().default(null),
  /** 'split': a discount lowers both parts alike; 'shop': it comes out of the shop's part only. */
  discountRule: external_exports.enum(["split", "shop"]).default("split"),
  hsn: str().trim().regex(/^(\d{4}|\d{6}|\d{8})?$/, { message: "invalid_format" }).default(""),
  gstRateBps: external_exports.number().int().refine((r) => GST_RATES_BPS.includes(r), { message: "gst_rate" }).default(0),
  unit: external_exports.enum(UNITS).default("piece"),
  forSale: external_exports.boolean().default(true),
  forRent: external_exports.boolean().default(false),
  lowStockMilli: qtyMilliOrZero.default(0),
  /** Empty: made from the craft code and the product number. */
  sku: str().trim().regex(/^[0-9A-Za-z._/-]{0,32}$/, { message: "invalid_format" }).default("")
};
function oneName(v, ctx) {
  if (!v.nameHi && !v.nameEn) ctx.addIssue({ code: "custom", path: ["nameHi"], message: "one_name" });
}
function saleOrRent(v, ctx) {
  if (!v.forSale && !v.forRent) ctx.addIssue({ code: "custom", path: ["forRent"], message: "sale_or_rent" });
}
var productCreateInput = external_exports.object({ ...productShape, barcodes: external_exports.array(code).max(10).default([]) }).superRefine(oneName).superRefine(saleOrRent);
var productUpdateInput = external_exports.object({ id, ...productShape, barcodes: external_exports.array(code).max(10).optional() }).superRefine(oneName).superRefine(saleOrRent);
var productsApi = {
  "products.get": method()({ input: external_exports.object({ id }), access: "user" }),
  "products.create": method()({ input: productCreateInput, access: "manager" }),
  "products.update": method()({ input: productUpdateInput, access: "manager" }),
  /** Archived products leave the counter and the catalogue page; they are never deleted. */
  "products.archive": method()({ input: external_exports.object({ id }), access: "manager" }),
  "products.restore": method()({ input: external_exports.object({ id }), access: "manager" })
};

// src/shared/api/artisans.ts
var upiId = str().trim().regex(/^[\w.-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$/, { message: "upi" });
var artisanShape = {
  nameHi: optionalText(80),
  nameEn: optionalText(80),
  phone: optionalPhone,
  village: optionalText(200),
  upiId: external_exports.union([external_exports.literal(""), upiId]).default(""),
  /** Free text for now (account no., IFSC, bank); payouts may structure it later. */
  bankDetails: optionalMultiline(300),
  /** The shop's share of a sale, in basis points. */
  commissionBps: bps,
  notes: optionalMultiline(500),
  active: external_exports.boolean().default(true)
};
var artisanCreateInput = external_exports.object(artisanShape).superRefine(oneName);
var artisanUpdateInput = external_exports.object({ id, ...artisanShape }).superRefine(oneName);
var artisansApi = {
  "artisans.list": method()({ input: external_exports.object({ includeInactive: external_exports.boolean().default(false) }), access: "user" }),
  "artisans.get": method()({ input: external_exports.object({ id }), access: "user" }),
  "artisans.create": method()({ input: artisanCreateInput, access: "manager" }),
  /** Whole record; set active: false to retire an artisan (never deleted). */
  "artisans.update": method()({ input: artisanUpdateInput, access: "manager" })
};

// src/shared/api/catalog.ts
var catalogApi = {
  /** One page of the catalogue, never all of it: the screen asks for what it shows. */
  "catalog.page": method()({
    input: external_exports.object({
      offset: external_exports.number().int().min(0).default(0),
      limit: external_exports.number().int().min(1).max(200).default(50),
      craftId: external_exports.number().int().positive().optional(),
      /** An artisan's id, or 'group' for the group's own stock. */
      artisanId: external_exports.union([external_exports.number().int().positive(), external_exports.literal("group")]).optional(),
      forRent: external_exports.boolean().optional(),
      lowStockOnly: external_exports.boolean().default(false),
      status: external_exports.enum(["active", "archived"]).default("active"),
      sort: external_exports.enum(["id", "sku", "name", "price", "onHand"]).default("id"),
      /** Keyset paging: the rows after this cursor (a previous page's `next`, same filters and sort). */
      after: external_exports.object({ key: external_exports.union([str().max(500), external_exports.number().int()]), id: external_exports.number().int().min(0) }).optional()
    }),
    access: "user"
  })
};

// src/shared/api/counts.ts
var countsApi = {
  /** Snapshot the expected quantities of all products, one craft's, or one artisan's. */
  "counts.start": method()({
    input: external_exports.discriminatedUnion("scope", [
      external_exports.object({ scope: external_exports.literal("all"), note: optionalText(200) }),
      external_exports.object({ scope: external_exports.literal("craft"), craftId: id, note: optionalText(200) }),
      external_exports.object({ scope: external_exports.literal("artisan"), artisanId: id, note: optionalText(200) })
    ]),
    access: "manager"
  }),
  "counts.get": method()({ input: external_exports.object({ id }), access: "user" }),
  "counts.list": method()({
    input: external_exports.object({ status: external_exports.enum(["open", "posted", "cancelled"]).optional(), limit: external_exports.number().int().min(1).max(200).default(50) }),
    access: "user"
  }),
  /** A scan (barcode or SKU) adds to the line; repeated scans add up. */
  "counts.scan": method()({
    input: external_exports.object({ id, code: text2(32), qtyMilli: qtyMilli.default(1e3) }),
    access: "manager"
  }),
  /** A typed quantity replaces what was counted. */
  "counts.set": method()({ input: external_exports.object({ id, productId: id, countedMilli: qtyMilliOrZero }), access: "manager" }),
  /** Post each difference as a count_adjustment movement; a count posts once. */
  "counts.post": method()({
    input: external_exports.object({ id, reason: text2(200), uncounted: external_exports.enum(["skip", "zero"]).default("skip") }),
    access: "manager"
  }),
  "counts.cancel": method()({ input: external_exports.object({ id, reason: optionalText(200) }), access: "manager" })
};

// src/shared/api/csv.ts
var CSV_MAX_CHARS = 32 * 1024 * 1024;
var csvText = external_exports.string().min(1).max(CSV_MAX_CHARS);
var CSV_BODY_BYTES = 40 << 20;
var csvApi = {
  /** Check a file without writing anything: the row-by-row report the import would give. */
  "csv.previewProducts": method()({ input: external_exports.object({ csv: csvText }), access: "manager", maxBodyBytes: CSV_BODY_BYTES }),
  /** All rows or none: any row error refuses the whole file (IMPORT_REJECTED with the report). */
  "csv.importProducts": method()({ input: external_exports.object({ csv: csvText }), access: "manager", maxBodyBytes: CSV_BODY_BYTES }),
  "csv.previewArtisans": method()({ input: external_exports.object({ csv: csvText }), access: "manager", maxBodyBytes: CSV_BODY_BYTES }),
  "csv.importArtisans": method()({ input: external_exports.object({ csv: csvText }), access: "manager", maxBodyBytes: CSV_BODY_BYTES }),
  "csv.exportProducts": method()({ input: external_exports.object({ includeArchived: external_exports.boolean().default(false) }), access: "manager" }),
  "csv.exportArtisans": method()({ input: external_exports.object({}), access: "manager" }),
  /** A stock count as a sheet to count on (open) or its variance report (posted). */
  /** An artisan's statement for a period: her items sold, the shares, and the totals. */
  "csv.exportStatement": method()({
    input: external_exports.object({ artisanId: external_exports.number().int().positive(), from: isoDate, to: isoDate }),
    access: "manager"
  }),
  "csv.exportCount": method()({ input: external_exports.object({ id: external_exports.number().int().positive() }), access: "user" })
};

// src/shared/api/labels.ts
var labelsApi = {
  /** Price tags for a sheet of stickers (A4, 3 x 8): name in Hindi and English, price, Code128 barcode. */
  "labels.exportPdf": method()({
    input: external_exports.object({
      items: external_exports.array(external_exports.object({ productId: id, copies: external_exports.number().int().min(1).max(240).default(1) })).min(1).max(500),
      lang: lang.default("hi")
    }),
    access: "user",
    async: true
  })
};

// src/shared/api/photos.ts
var MAX_PHOTO_BYTES = 512 * 1024;
var PHOTO_MIMES = ["image/jpeg", "image/png", "image/webp"];
var PHOTO_BODY_BYTES = Math.ceil(MAX_PHOTO_BYTES * 4 / 3) + 16 * 1024;
var photoBase64 = str().max(Math.ceil(MAX_PHOTO_BYTES * 4 / 3) + 4);
var photosApi = {
  "photos.get": method()({ input: external_exports.object({ productId: id }), access: "user" }),
  /** Replace the product's photo; base64 '' removes it. */
  "photos.set": method()({
    input: external_exports.object({ productId: id, base64: photoBase64 }),
    access: "manager",
    maxBodyBytes: PHOTO_BODY_BYTES
  })
};

// src/shared/api/sales.ts
var discountInput = external_exports.discriminatedUnion("kind", [
  external_exports.object({ kind: external_exports.literal("amount"), paise }),
  external_exports.object({ kind: external_exports.literal("percent"), bps: external_exports.number().int().min(0).max(1e4) })
]);
var PAYMENT_METHODS = ["cash", "upi", "card"];
var approvalInput = external_exports.object({ userId: id, pin });
var checkoutInput = external_exports.object({
  requestId,
  lines: external_exports.array(
    external_exports.object({
      productId: id,
      qtyMilli,
      /** The price the cashier saw; if the product's price changed since, the sale is refused. */
      expectedPricePaise: paise,
      /** A different unit price for this sale (needs a manager's approval). */
      priceOverridePaise: paise.optional(),
      discount: discountInput.optional()
    })
  ).min(1).max(200),
  billDiscount: discountInput.optional(),
  discountReason: optionalText(200),
  payments: external_exports.array(
    external_exports.object({
      method: external_exports.enum(PAYMENT_METHODS),
      amountPaise: paise.refine((p) => p > 0, { message: "too_small" }),
      /** Cash handed over, when more than the amount (change is given back). */
      tenderedPaise: paise.optional(),
      ref: optionalText(60)
    })
  ).min(1).max(6),
  customerName: optionalText(80),
  customerPhone: optionalPhone,
  approval: approvalInput.optional()
});
var returnInput = external_exports.object({
  requestId,
  billNo: text2(40),
  lines: external_exports.array(
    external_exports.object({
      lineNo: external_exports.number().int().min(1),
      qtyMilli,
      /** Back on the shelf; false writes it off as damaged. */
      restock: external_exports.boolean().default(true)
    })
  ).min(1).max(200),
  refundMethod: external_exports.enum(PAYMENT_METHODS),
  reason: text2(200),
  approval: approvalInput.optional()
});
var exchangeInput = external_exports.object({
  requestId,
  billNo: returnInput.shape.billNo,
  returnLines: returnInput.shape.lines,
  newLines: checkoutInput.shape.lines,
  billDiscount: discountInput.optional(),
  discountReason: optionalText(200),
  payments: external_exports.array(checkoutInput.shape.payments.element).max(6).default([]),
  refundMethod: external_exports.enum(PAYMENT_METHODS).optional(),
  reason: returnInput.shape.reason,
  customerName: optionalText(80),
  customerPhone: optionalPhone,
  approval: approvalInput.optional()
});
var date5 = isoDate;
var salesApi = {
  /** Ring up a sale: all of it (sale, lines, payments, stock, artisans' shares, drawer) or nothing. */
  "sales.checkout": method()({ input: checkoutInput, access: "cashier", idempotent: true }),
  /** Take items back against a bill: refund, stock back (or written off), her share reversed. */
  "sales.return": method()({ input: returnInput, access: "cashier", idempotent: true }),
  /** A return and a new sale in one step, the difference paid or refunded: all of it or nothing. */
  "sales.exchange": method()({ input: exchangeInput, access: "cashier", idempotent: true }),
  /** A past return (for its slip): by number or id. */
  "sales.getReturn": method()({
    input: external_exports.object({ returnNo: text2(40).optional(), id: id.optional() }),
    access: "user"
  }),
  /** The bills list: by number, date, amount or the customer's phone; newest first, a page at a time. */
  "sales.list": method()({
    input: external_exports.object({
      billNo: searchText(40).optional(),
      from: date5.optional(),
      to: date5.optional(),
      totalPaise: paise.optional(),
      customerPhone: searchText(20).optional(),
      offset: external_exports.number().int().min(0).default(0),
      limit: external_exports.number().int().min(1).max(200).default(50)
    }),
    access: "user"
  }),
  /** Park a cart (a customer steps away) and pick it up later, at this or another counter. */
  "sales.hold": method()({
    input: external_exports.object({ requestId, label: optionalText(60), totalPaise: paise, cart: external_exports.record(external_exports.string(), external_exports.unknown()) }),
    access: "cashier",
    idempotent: true
  }),
  "sales.listHeld": method()({ input: external_exports.object({}), access: "user" }),
  /** Take a parked cart back (it leaves the list, so two counters can't both resume it). */
  "sales.takeHeld": method()({ input: external_exports.object({ id }), access: "cashier" }),
  "sales.get": method()({ input: external_exports.object({ id: id.optional(), billNo: searchText(40).optional() }), access: "user" })
};

// src/shared/api/billing.ts
var billingSettingsInput = external_exports.object({
  billPrefix: str().trim().regex(/^[A-Z0-9]{1,10}$/, { message: "bill_prefix" }),
  cashierDiscountLimitBps: external_exports.number().int().min(0).max(1e4),
  cashierRefundLimitPaise: paise,
  /** The shop's UPI id for the QR on screen and on the receipt; empty: no QR. */
  upiVpa: external_exports.union([external_exports.literal(""), str().trim().regex(/^[\w.-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$/, { message: "upi" })]),
  upiPayeeName: optionalText(60),
  returnPolicy: optionalText(200)
});
var billingApi = {
  "billing.getSettings": method()({ input: external_exports.object({}), access: "user" }),
  "billing.updateSettings": method()({ input: billingSettingsInput, access: "owner" })
};

// src/shared/api/payouts.ts
var date6 = isoDate;
var payoutsApi = {
  /** Everything owed to her up to a date and not yet paid, oldest first, with her balance. */
  "payouts.listUnpaid": method()({
    input: external_exports.object({ artisanId: id, periodEnd: date6 }),
    access: "manager"
  }),
  /** Pay the chosen entries (all or part); each can be paid once, checked as the payment is written. */
  "payouts.pay": method()({
    input: external_exports.object({
      requestId,
      artisanId: id,
      periodEnd: date6,
      ledgerIds: external_exports.array(id).min(1).max(5e3),
      method: external_exports.enum(["cash", "upi", "bank"]),
      ref: optionalText(60),
      note: optionalText(200)
    }),
    access: "manager",
    idempotent: true
  }),
  /** A wrong payout is never edited: it is reversed by a new entry and its lines become payable again. */
  "payouts.reverse": method()({
    input: external_exports.object({ requestId, payoutId: id, reason: text2(200) }),
    access: "manager",
    idempotent: true
  }),
  "payouts.get": method()({ input: external_exports.object({ id }), access: "manager" }),
  /** Her payouts, newest first, a page at a time (summaries; open one with payouts.get). */
  "payouts.list": method()({
    input: external_exports.object({ artisanId: id, limit: external_exports.number().int().min(1).max(200).default(20), offset: external_exports.number().int().min(0).default(0) }),
    access: "manager"
  }),
  /** Every member's balance in one call (the artisans list), members who never had an entry included. */
  "payouts.listBalances": method()({ input: external_exports.object({}), access: "manager" }),
  /** A correction to her account (e.g. an advance given), with a reason; manager only. */
  "payouts.adjust": method()({
    input: external_exports.object({ requestId, artisanId: id, amountPaise: external_exports.number().int().min(-1e10).max(1e10).refine((n) => n !== 0, { message: "zero" }), reason: text2(200) }),
    access: "manager",
    idempotent: true
  }),
  "payouts.getStatement": method()({ input: external_exports.object({ artisanId: id, from: date6, to: date6 }), access: "manager" })
};

// src/shared/api/rentals.ts
var date7 = isoDate;
var qty = external_exports.number().int().min(1).max(1e4);
var qtyOrZero = external_exports.number().int().min(0).max(1e4);
var RENTAL_MODES = ["pieces", "counted"];
var PIECE_STATUSES = ["ready", "out", "cleaning", "repair", "retired"];
var RENTAL_VIEWS = ["due_today", "overdue", "pickups", "out", "booked", "returned", "cancelled", "all"];
var rentalTermsInput = external_exports.object({
  productId: id,
  /** 'pieces': each unit is a tagged piece with its own history; 'counted': a stack of alike units. */
  mode: external_exports.enum(RENTAL_MODES),
  dayPricePaise: paise.nullable().default(null),
  eventPricePaise: paise.nullable().default(null),
  eventDays: external_exports.number().int().min(1).max(30).nullable().default(null),
  depositPaise: paise,
  lateFeePerDayPaise: paise,
  /** Days after the due date kept free for cleaning before the next rental. */
  bufferDays: external_exports.number().int().min(0).max(14).default(1)
}).superRefine((t, ctx) => {
  if (t.dayPricePaise === null && t.eventPricePaise === null) ctx.addIssue({ code: "custom", path: ["dayPricePaise"], message: "rent_price" });
  if (t.eventPricePaise === null !== (t.eventDays === null)) ctx.addIssue({ code: "custom", path: ["eventDays"], message: "event_days" });
});
var rentalLineInput = external_exports.object({
  productId: id,
  qty,
  /** Pieces mode: the pieces wanted (e.g. the bride chose this costume); else free ones are picked. */
  pieceIds: external_exports.array(id).max(100).optional()
});
var quoteInput = external_exports.object({
  fromDate: date7,
  dueDate: date7,
  lines: external_exports.array(rentalLineInput).min(1).max(50),
  /** Leave this rental out of the availability check (its own extension). */
  excludeRentalId: id.optional()
});
var payment = checkoutInput.shape.payments.element;
var customer = external_exports.object({ name, phone, idNote: optionalText(80), address: optionalText(200) });
var bookInput = external_exports.object({
  requestId,
  customer,
  eventDate: date7.nullable().default(null),
  fromDate: date7,
  dueDate: date7,
  lines: external_exports.array(rentalLineInput).min(1).max(50),
  /** An advance, optional: it counts towards the rent and deposit at pick-up. */
  advance: external_exports.array(payment).max(3).default([]),
  note: optionalText(200)
});
var walkInInput = bookInput.omit({ fromDate: true, advance: true }).extend({ payments: external_exports.array(payment).max(3).default([]) });
var pickUpInput = external_exports.object({
  requestId,
  rentalId: id,
  /** Rent + deposit - advance, exactly (nothing when the advance covers it). */
  payments: external_exports.array(payment).max(3).default([]),
  /** Pieces mode: hand over another free piece of the same product instead of the one booked. */
  swaps: external_exports.array(external_exports.object({ lineId: id, pieceId: id })).max(50).default([]),
  note: optionalText(200)
});
var checkInInput = external_exports.object({
  requestId,
  rentalId: id,
  lines: external_exports.array(
    external_exports.object({
      lineId: id,
      /** Units back now (partial returns allowed). */
      qty: qtyOrZero,
      /** Units that will not come back (charged through damagePaise). */
      missingQty: qtyOrZero.default(0),
      /** Damage or missing charge for this line, with a note saying what. */
      damagePaise: paise.default(0),
      damageNote: optionalText(200),
      /** A damage photo added to this rental with rentals.addPhoto. */
      photoId: id.optional(),
      /** Where a returned piece goes: cleaning (the usual), or repair. */
      condition: external_exports.enum(["ok", "repair"]).default("ok")
    })
  ).min(1).max(50),
  /** What the customer pays when the charges are more than the deposit released. */
  payments: external_exports.array(payment).max(3).default([]),
  /** How the rest of the deposit goes back (required when there is something to refund). */
  refundMethod: external_exports.enum(PAYMENT_METHODS).optional(),
  /** Forgive the late fee (needs a manager). */
  waiveLateFee: external_exports.boolean().default(false),
  approval: approvalInput.optional()
});
var extendInput = external_exports.object({
  requestId,
  rentalId: id,
  newDueDate: date7,
  /** Pay the extra rent now; if empty it is owed and settled at return. */
  payments: external_exports.array(payment).max(3).default([])
});
var cancelInput = external_exports.object({
  requestId,
  rentalId: id,
  reason: text2(200),
  /** How the advance (less what is kept) goes back. */
  refundMethod: external_exports.enum(PAYMENT_METHODS).optional(),
  /** Keep a different amount than the shop's rule says (needs a manager). */
  keepPaise: paise.optional(),
  approval: approvalInput.optional()
});
var rentalRulesInput = external_exports.object({
  /** A booking cancelled at least this many days before pick-up gets its whole advance back... */
  cancelFreeDays: external_exports.number().int().min(0).max(365),
  /** ...otherwise the shop keeps this share of the advance. */
  cancelKeepBps: external_exports.number().int().min(0).max(1e4),
  /** Printed on every rental slip, numbered. */
  terms: external_exports.array(text2(200)).max(10)
});
function keptByRule(rules, advancePaise, daysBefore) {
  return daysBefore >= rules.cancelFreeDays ? 0 : applyBps(advancePaise, rules.cancelKeepBps);
}
var rentalsApi = {
  "rentals.listItems": method()({ input: external_exports.object({ includeArchived: external_exports.boolean().default(false) }), access: "user" }),
  "rentals.setTerms": method()({ input: rentalTermsInput, access: "manager" }),
  /** Tag more pieces of a pieces-mode product (given tags, or `count` made from the SKU). */
  "rentals.addPieces": method()({
    input: external_exports.object({
      productId: id,
      tags: external_exports.array(str().trim().regex(/^[0-9A-Za-z._/-]{2,32}$/, { message: "invalid_format" })).max(100).default([]),
      count: external_exports.number().int().min(0).max(100).default(0)
    }),
    access: "manager"
  }),
  "rentals.listPieces": method()({ input: external_exports.object({ productId: id.optional(), status: external_exports.enum(PIECE_STATUSES).optional() }), access: "user" }),
  "rentals.getPiece": method()({ input: external_exports.object({ pieceId: id }), access: "user" }),
  /** Cleaned -> ready, sent for repair, retired (manager); 'out' is set only by pick-up. */
  "rentals.setPieceStatus": method()({
    input: external_exports.object({ pieceId: id, status: external_exports.enum(["ready", "cleaning", "repair", "retired"]), note: optionalText(200), photoId: id.optional() }),
    access: "user"
  }),
  /** A scanned tag or barcode: the piece and the rental it is out on or booked for next. */
  "rentals.lookup": method()({
    input: external_exports.object({ code: searchText(40).min(1) }),
    access: "user"
  }),
  "rentals.getAvailability": method()({
    input: external_exports.object({ productId: id, from: date7, to: date7 }),
    access: "user"
  }),
  "rentals.previewQuote": method()({ input: quoteInput, access: "user" }),
  "rentals.book": method()({ input: bookInput, access: "user", idempotent: true }),
  "rentals.walkIn": method()({ input: walkInInput, access: "user", idempotent: true }),
  "rentals.pickUp": method()({ input: pickUpInput, access: "user", idempotent: true }),
  "rentals.checkIn": method()({ input: checkInInput, access: "user", idempotent: true }),
  "rentals.extend": method()({ input: extendInput, access: "user", idempotent: true }),
  "rentals.cancel": method()({ input: cancelInput, access: "user", idempotent: true }),
  "rentals.get": method()({ input: external_exports.object({ id }), access: "user" }),
  /** `today`: the shop's business date now (screens never take 'today' from the computer's clock). */
  "rentals.list": method()({
    input: external_exports.object({
      view: external_exports.enum(RENTAL_VIEWS).default("all"),
      q: searchText(80).default(""),
      limit: external_exports.number().int().min(1).max(200).default(50),
      offset: external_exports.number().int().min(0).default(0)
    }),
    access: "user"
  }),
  /** A photo of damage, for a rental that is out (its id goes on a check-in line). Append-only. */
  "rentals.addPhoto": method()({
    input: external_exports.object({ rentalId: id, mime: external_exports.enum(PHOTO_MIMES), base64: photoBase64.min(1) }),
    access: "user",
    maxBodyBytes: PHOTO_BODY_BYTES
  }),
  "rentals.getPhoto": method()({ input: external_exports.object({ photoId: id }), access: "user" }),
  "rentals.getRules": method()({ input: external_exports.object({}), access: "user" }),
  "rentals.updateRules": method()({ input: rentalRulesInput, access: "manager" }),
  "rentals.report": method()({ input: external_exports.object({ from: date7, to: date7 }), access: "manager" })
};

// src/shared/api/users.ts
var date8 = isoDate;
var usersApi = {
  "users.list": method()({ input: external_exports.object({ includeInactive: external_exports.boolean().default(false) }), access: "manager" }),
  /** A manager adds cashiers; only the owner adds managers or owners (checked in the core). */
  "users.create": method()({ input: external_exports.object({ name, role: external_exports.enum(ROLES), pin }), access: "manager" }),
  /** Set a new PIN for someone who forgot hers; her open sessions end. */
  "users.resetPin": method()({ input: external_exports.object({ id, pin }), access: "manager" }),
  "users.setActive": method()({ input: external_exports.object({ id, active: external_exports.boolean() }), access: "manager" }),
  /** The audit trail, newest first, filtered; it can be read, never edited. */
  "audit.list": method()({
    input: external_exports.object({
      action: searchText(60).optional(),
      userId: id.optional(),
      from: date8.optional(),
      to: date8.optional(),
      offset: external_exports.number().int().min(0).default(0),
      limit: external_exports.number().int().min(1).max(200).default(50)
    }),
    access: "manager"
  })
};

// src/shared/api/backup.ts
var backupApi = {
  "backup.getSettings": method()({ input: external_exports.object({}), access: "manager" }),
  "backup.updateSettings": method()({
    input: external_exports.object({ dir: str().trim().max(500), keep: external_exports.number().int().min(1).max(365) }),
    access: "manager"
  }),
  /** "Back up now": SQLite's online backup, then integrity_check and a SHA-256, keeping the last N. */
  "backup.now": method()({ input: external_exports.object({}), access: "manager", async: true }),
  "backup.list": method()({ input: external_exports.object({}), access: "manager" }),
  /**
   * Check a backup file; a corrupted one, or one of ours whose checksum differs from the one recorded
   * when it was made, is refused with the reason. unverified: sound, but not a backup this shop recorded.
   */
  "backup.verify": method()({ input: external_exports.object({ file: str().min(1).max(1e3) }), access: "manager" }),
  /** Every table as CSV and JSON in one zip, saved in the backup folder, for the group's records. */
  "backup.exportAll": method()({ input: external_exports.object({}), access: "manager" }),
  /**
   * Restore from a verified backup at the next start, the current database kept aside first. A file
   * the shop has no record of is refused (BACKUP_UNVERIFIED) unless the owner accepts it unverified.
   */
  "backup.restore": method()({
    input: external_exports.object({ file: str().min(1).max(1e3), acceptUnverified: external_exports.boolean().default(false) }),
    access: "owner"
  }),
  /** The restore waiting for the next start, if one was asked for (so it can be seen and called off). */
  "backup.getPendingRestore": method()({ input: external_exports.object({}), access: "manager" }),
  /** Call off a restore asked for earlier: the next start keeps today's database. */
  "backup.cancelRestore": method()({ input: external_exports.object({}), access: "owner" })
};

// src/shared/api/print.ts
var PRINTER_TYPES = ["EPSON", "STAR", "TANCA", "DARUMA", "BROTHER", "CUSTOM"];
var CODE_PAGES = ["PC437_USA", "PC850_MULTILINGUAL", "PC858_EURO", "PC852_LATIN2", "PC860_PORTUGUESE", "PC866_CYRILLIC2", "WPC1252", "ISO8859_15_LATIN9"];
var PAPERS = ["58mm", "80mm"];
var TCP = /^tcp:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::(\d{1,5}))?\/?$/;
var POSIX_DEVICE = /^\/dev\/(usb\/lp\d{1,3}|lp\d{1,3}|tty(USB|S|ACM)\d{1,3})$/;
var WINDOWS_DEVICE = /^(COM[1-9]\d{0,2}|LPT[1-9]|\\\\\.\\(COM[1-9]\d{0,2}|LPT[1-9])|\\\\[\w-][^\\/\s:*?"<>|]*\\(?!\.\.?$)[^\\/:*?"<>|]+)$/i;
var SYSTEM = /^printer:[^\x00-\x1f]{1,100}$/;
function interfaceKind(s) {
  const tcp = TCP.exec(s);
  if (tcp) return tcp[2] === void 0 || Number(tcp[2]) >= 1 && Number(tcp[2]) <= 65535 ? "tcp" : null;
  if (POSIX_DEVICE.test(s) || WINDOWS_DEVICE.test(s)) return "device";
  if (SYSTEM.test(s) && s.slice(8).trim()) return "system";
  return null;
}
var ms = (min, max) => external_exports.number().int().min(min).max(max);
var printerSettingsInput = external_exports.object({
  enabled: external_exports.boolean(),
  type: external_exports.enum(PRINTER_TYPES),
  interface: str().trim().max(200),
  paper: external_exports.enum(PAPERS),
  codePage: external_exports.enum(CODE_PAGES),
  cut: external_exports.boolean(),
  cashDrawer: external_exports.boolean(),
  copies: external_exports.number().int().min(1).max(3),
  connectTimeoutMs: ms(500, 3e4),
  idleTimeoutMs: ms(1e3, 6e4),
  totalTimeoutMs: ms(5e3, 3e5)
}).superRefine((s, c) => {
  if (s.interface === "") {
    if (s.enabled) c.addIssue({ code: "custom", path: ["interface"], message: "printerInterfaceRequired" });
  } else if (!interfaceKind(s.interface)) {
    const port = /^tcp:\/\/.*:(\d+)\/?$/i.exec(s.interface);
    const asPath = /^[/\\]/.test(s.interface);
    c.addIssue({ code: "custom", path: ["interface"], message: port ? "printerPort" : asPath ? "printerDevice" : "printerInterface" });
  }
  if (s.type === "DARUMA") c.addIssue({ code: "custom", path: ["type"], message: "printerTypeNoPictures" });
  if (s.totalTimeoutMs < s.idleTimeoutMs) c.addIssue({ code: "custom", path: ["totalTimeoutMs"], message: "printerTotalTimeout" });
});
var PRINT_DOCS = ["test", "intake", "label", "receipt", "payout", "rental", "rental_return", "day_close", "return_receipt"];
var JOB_STATUSES = ["queued", "printed", "failed"];
var needsId = (d, c) => {
  if (d.doc !== "test" && d.id === void 0) c.addIssue({ code: "custom", path: ["id"], message: "required" });
};
var docRef = external_exports.object({ doc: external_exports.enum(PRINT_DOCS), id: id.optional(), lang: lang.optional() });
var printApi = {
  "print.getSettings": method()({ input: external_exports.object({}), access: "user" }),
  "print.updateSettings": method()({ input: printerSettingsInput, access: "manager" }),
  /** A bilingual test page: shop name, Hindi with matras and conjuncts, ₹1,25,000.00, a QR and a barcode. */
  "print.testPage": method()({ input: external_exports.object({ lang: lang.optional() }), access: "user", async: true }),
  "print.intakeSlip": method()({ input: external_exports.object({ intakeId: id, lang: lang.optional() }), access: "user", async: true }),
  /** Thermal price labels, one after another on the roll. */
  "print.labels": method()({
    input: external_exports.object({ items: external_exports.array(external_exports.object({ productId: id, copies: external_exports.number().int().min(1).max(50).default(1) })).min(1).max(100), lang: lang.optional() }),
    access: "user",
    async: true
  }),
  /** Print a recorded job again as a new job (reprint_of the original), marked DUPLICATE / प्रति where the document has the mark. */
  /** A sale's bill (id: the sale); a cash sale opens the drawer if the printer setting says so. */
  "print.receipt": method()({
    /**
     * duplicate: print it as a copy ('DUPLICATE / प्रति', never opening the drawer). The core makes every
     * print after the first one that printed a copy anyway, whatever this says.
     */
    input: external_exports.object({ saleId: id, lang: lang.optional(), duplicate: external_exports.boolean().default(false) }),
    access: "user",
    async: true
  }),
  /** The slip for a return (or an exchange's return half): by the return's number; a cash refund opens the drawer. */
  "print.returnReceipt": method()({
    input: external_exports.object({ returnNo: text2(40), lang: lang.optional(), duplicate: external_exports.boolean().default(false) }),
    access: "user",
    async: true
  }),
  /** The take-home payout slip (two copies are usual: one for her, one signed for the shop). */
  "print.payoutSlip": method()({ input: external_exports.object({ payoutId: id, lang: lang.optional() }), access: "manager", async: true }),
  /** A rental's slip (id: the rental): a booking slip while booked, the rental slip with the due date once out. */
  "print.rentalSlip": method()({
    input: external_exports.object({ rentalId: id, lang: lang.optional(), duplicate: external_exports.boolean().default(false) }),
    access: "user",
    async: true
  }),
  /** The slip of one check-in (id: the return): what came back, fees, deposit refunded or collected; a cash refund opens the drawer. */
  "print.rentalReturnSlip": method()({
    input: external_exports.object({ returnId: id, lang: lang.optional(), duplicate: external_exports.boolean().default(false) }),
    access: "user",
    async: true
  }),
  /** A closed day's slip (the day close with the drawer as counted); the day must be closed (reports.closeDay). */
  "print.dayClose": method()({
    input: external_exports.object({ date: str().refine(isBusinessDate, { message: "date" }), lang: lang.optional(), duplicate: external_exports.boolean().default(false) }),
    access: "manager",
    async: true
  }),
  "print.reprint": method()({ input: external_exports.object({ jobId: id }), access: "user", async: true }),
  "print.listJobs": method()({
    input: external_exports.object({ limit: external_exports.number().int().min(1).max(200).default(20), offset: external_exports.number().int().min(0).default(0), status: external_exports.enum(JOB_STATUSES).optional() }),
    access: "user"
  }),
  /** The document as the paper gets it: one PNG, `widthPx` dots wide (384 for 58 mm, 576 for 80 mm). */
  "print.preview": method()({
    input: docRef.extend({ paper: external_exports.enum(PAPERS).optional() }).superRefine(needsId),
    access: "user",
    async: true
  }),
  /** The same picture as a roll-wide PDF page, to save or send. */
  "print.slipPdf": method()({ input: docRef.superRefine(needsId), access: "user", async: true })
};

// src/shared/api/reports.ts
var date9 = str().refine(isBusinessDate, { message: "date" });
var month = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });
var reportsApi = {
  /** The day close: sales, payments by method, returns and refunds, payouts, the drawer, tax (default: today). */
  "reports.getDayClose": method()({ input: external_exports.object({ date: date9.optional() }), access: "manager" }),
  /** A month's sales and returns by craft and by day (from sales_daily, never the month's lines). */
  "reports.getMonthly": method()({ input: external_exports.object({ month }), access: "manager" }),
  /**
   * Close a shop day: record the drawer as counted against the expected cash of the day close.
   * Once a day (a second close is CONFLICT, reason 'dayClosed'); never a day still to come.
   */
  "reports.closeDay": method()({
    input: external_exports.object({ requestId, date: date9, countedPaise: paise, note: optionalText(200) }),
    access: "manager",
    idempotent: true
  }),
  /** The month as a spreadsheet: a row per craft, a row per day, the month's total (UTF-8 with a BOM). */
  "reports.exportMonthly": method()({ input: external_exports.object({ month }), access: "manager" }),
  /** The latest closes, newest day first. */
  "reports.listDayCloses": method()({
    input: external_exports.object({ limit: external_exports.number().int().min(1).max(366).default(31) }),
    access: "manager"
  })
};

// src/shared/api/crafts.ts
var craftShape = {
  /** Empty: made from the craft's number. */
  code: str().trim().toUpperCase().regex(/^[A-Z0-9_-]{0,20}$/, { message: "invalid_format" }).default(""),
  nameHi: optionalText(80),
  nameEn: optionalText(80),
  sort: external_exports.number().int().min(0).max(1e4).default(0),
  active: external_exports.boolean().default(true)
};
var craftsApi = {
  "crafts.list": method()({ input: external_exports.object({ includeInactive: external_exports.boolean().default(false) }), access: "user" }),
  "crafts.create": method()({ input: external_exports.object(craftShape).superRefine(oneName), access: "manager" }),
  "crafts.update": method()({ input: external_exports.object({ id, ...craftShape }).superRefine(oneName), access: "manager" })
};

// src/shared/api/search.ts
var searchApi = {
  /** The counter's search box: barcode, SKU, or a name in Devanagari, English or Latin-typed Hindi. */
  "catalog.search": method()({
    input: external_exports.object({
      q: searchText(80).min(1),
      limit: external_exports.number().int().min(1).max(50).default(20),
      /** true: only what can be rented; false: only what cannot; absent: everything. */
      forRent: external_exports.boolean().optional(),
      includeArchived: external_exports.boolean().default(false)
    }),
    access: "user"
  }),
  /** The scanner: exactly one barcode or SKU; an archived product is found, with its status. */
  "catalog.lookup": method()({
    input: external_exports.object({ code: searchText(64).min(1) }),
    access: "user"
  })
};

// src/shared/api/session.ts
var sessionApi = {
  /** The people who can unlock the counter: names and roles only. */
  "session.people": method()({ input: external_exports.object({}), access: "public" }),
  "session.login": method()({ input: external_exports.object({ userId: id, pin }), access: "public" }),
  "session.logout": method()({ input: external_exports.object({}), access: "public" }),
  "session.current": method()({ input: external_exports.object({}), access: "public" })
};

// src/shared/api/settings.ts
var shopSettingsInput = external_exports.object({
  shopName: name,
  address: optionalText(200),
  phone: optionalPhone,
  language: lang,
  timeZone: timeZone.default("Asia/Kolkata"),
  gstin: external_exports.union([external_exports.literal(""), gstin]).default(""),
  /** Allow selling or writing off more than is on hand; left out, the saved choice stays. */
  allowNegativeStock: external_exports.boolean().optional()
});
var settingsApi = {
  "settings.get": method()({ input: external_exports.object({}), access: "public" }),
  // The shop's settings are the owner's (the first manager, made at setup), or need her PIN.
  "settings.update": method()({ input: shopSettingsInput, access: "owner" })
};

// src/shared/api/setup.ts
var setupInput = external_exports.object({
  shopName: name,
  address: optionalText(200),
  phone: optionalPhone,
  language: lang,
  managerName: name,
  pin
});
var setupApi = {
  "setup.status": method()({ input: external_exports.object({}), access: "public" }),
  "setup.complete": method()({ input: setupInput, access: "public" }),
  "setup.loadDemo": method()({ input: external_exports.object({ language: lang }), access: "public" })
};

// src/shared/api/stock.ts
var MOVEMENT_KINDS = ["intake", "sale", "sale_return", "rental_out", "rental_in", "return_to_artisan", "write_off", "count_adjustment"];
var reason = text2(200);
var reference = optionalText(60);
var intakeInput = external_exports.object({
  /** null: the group's own stock (bought, not on consignment). */
  artisanId: id.nullable(),
  /** The artisan's challan or note number, if any. */
  reference,
  notes: optionalText(300),
  lines: external_exports.array(
    external_exports.object({
      productId: id,
      qtyMilli,
      /** The price agreed for this receipt; default the product's selling price. */
      unitPricePaise: paise.optional()
    })
  ).min(1).max(200)
});
var stockApi = {
  /** A consignment receipt (or the group's own purchase): a slip header, lines, one intake movement a line. */
  "stock.intake": method()({ input: intakeInput.extend({ requestId }), access: "manager", idempotent: true }),
  /** The intake slip's data, for the screen and for printing. */
  "stock.getIntake": method()({ input: external_exports.object({ id }), access: "user" }),
  "stock.returnToArtisan": method()({
    input: external_exports.object({ requestId, artisanId: id, reason, reference, lines: external_exports.array(external_exports.object({ productId: id, qtyMilli })).min(1).max(200) }),
    access: "manager",
    idempotent: true
  }),
  /** Damage or loss. */
  "stock.writeOff": method()({ input: external_exports.object({ requestId, productId: id, qtyMilli, reason, reference }), access: "manager", idempotent: true }),
  "stock.listMovements": method()({
    input: external_exports.object({
      productId: id.optional(),
      /** All movements of her products (her page's history). */
      artisanId: id.optional(),
      kind: external_exports.enum(MOVEMENT_KINDS).optional(),
      offset: external_exports.number().int().min(0).default(0),
      limit: external_exports.number().int().min(1).max(200).default(50)
    }),
    access: "user"
  })
};

// src/shared/api/index.ts
var contract = {
  ...setupApi,
  ...sessionApi,
  ...settingsApi,
  ...catalogApi,
  ...productsApi,
  ...craftsApi,
  ...artisansApi,
  ...stockApi,
  ...countsApi,
  ...searchApi,
  ...csvApi,
  ...labelsApi,
  ...photosApi,
  ...salesApi,
  ...billingApi,
  ...payoutsApi,
  ...rentalsApi,
  ...usersApi,
  ...backupApi,
  ...printApi,
  ...reportsApi
};
var METHOD_NAMES = Object.keys(contract);

// src/core/db/open.ts
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

// src/core/catalog/transliterate.ts
var VOWELS = {
  "\u0905": "a",
  "\u0906": "a",
  "\u0907": "i",
  "\u0908": "i",
  "\u0909": "u",
  "\u090A": "u",
  "\u090B": "ri",
  "\u090F": "e",
  "\u0910": "ai",
  "\u0913": "o",
  "\u0914": "au",
  "\u0911": "o",
  "\u090D": "e"
};
var MATRAS = {
  "\u093E": "a",
  "\u093F": "i",
  "\u0940": "i",
  "\u0941": "u",
  "\u0942": "u",
  "\u0943": "ri",
  "\u0947": "e",
  "\u0948": "ai",
  "\u094B": "o",
  "\u094C": "au",
  "\u0949": "o",
  "\u0945": "e"
};
var CONSONANTS = {
  "\u0915": "k",
  "\u0916": "kh",
  "\u0917": "g",
  "\u0918": "gh",
  "\u0919": "n",
  "\u091A": "ch",
  "\u091B": "chh",
  "\u091C": "j",
  "\u091D": "jh",
  "\u091E": "n",
  "\u091F": "t",
  "\u0920": "th",
  "\u0921": "d",
  "\u0922": "dh",
  "\u0923": "n",
  "\u0924": "t",
  "\u0925": "th",
  "\u0926": "d",
  "\u0927": "dh",
  "\u0928": "n",
  "\u092A": "p",
  "\u092B": "ph",
  "\u092C": "b",
  "\u092D": "bh",
  "\u092E": "m",
  "\u092F": "y",
  "\u0930": "r",
  "\u0932": "l",
  "\u0933": "l",
  "\u0935": "v",
  "\u0936": "sh",
  "\u0937": "sh",
  "\u0938": "s",
  "\u0939": "h"
};
var NUKTA = {
  "\u0915": ["k", "k"],
  "\u0916": ["kh", "kh"],
  "\u0917": ["g", "g"],
  "\u091C": ["z", "j"],
  "\u0921": ["r", "d"],
  "\u0922": ["rh", "dh"],
  "\u092B": ["f", "ph"],
  "\u092F": ["y", "y"]
};
var VIRAMA = "\u094D";
var NUKTA_SIGN = "\u093C";
var NASALS = /* @__PURE__ */ new Set(["\u0902", "\u0901"]);
var LABIALS = /* @__PURE__ */ new Set(["p", "ph", "b", "bh", "m"]);
var SCHWA = "\u0259";
function parseWord(word) {
  const units = [];
  const chars = [...word];
  for (let i2 = 0; i2 < chars.length; i2++) {
    const ch = chars[i2];
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== void 0) {
      let c = CONSONANTS[ch];
      let alt = c;
      if (chars[i2 + 1] === NUKTA_SIGN) {
        [c, alt] = NUKTA[ch] ?? [c, c];
        i2++;
      }
      units.push({ c, alt, v: SCHWA, nasal: false });
    } else if (VOWELS[ch] !== void 0) units.push({ c: "", alt: "", v: VOWELS[ch], nasal: false });
    else if (MATRAS[ch] !== void 0 && last) last.v = MATRAS[ch];
    else if (ch === VIRAMA && last) last.v = "";
    else if (NASALS.has(ch) && last) last.nasal = true;
    else if (ch === "\u0903" && last) last.v = (last.v === SCHWA ? "a" : last.v) + "h";
  }
  return units;
}
function deleteSchwas(units, mode2) {
  const hasV = (u) => !!u && u.v !== "";
  const medial = (i2) => {
    const u = units[i2];
    if (u.v !== SCHWA || u.nasal || !u.c || mode2 === "finalOnly") return;
    const next = units[i2 + 1];
    if (hasV(units[i2 - 1]) && next.c !== "" && hasV(next)) u.v = "";
  };
  const last = units[units.length - 1];
  if (units.length > 1 && last && last.v === SCHWA && last.c && !last.nasal) {
    const conjunct = units[units.length - 2].v === "" && (last.c === "r" || last.c === "y");
    if (!conjunct) last.v = "";
  }
  if (mode2 === "leftToRight") for (let i2 = 1; i2 < units.length - 1; i2++) medial(i2);
  else for (let i2 = units.length - 2; i2 >= 1; i2--) medial(i2);
}
function render(units, useAlt) {
  let out = "";
  units.forEach((u, i2) => {
    out += useAlt ? u.alt : u.c;
    out += u.v === SCHWA ? "a" : u.v;
    if (u.nasal) out += LABIALS.has(units[i2 + 1]?.c ?? "") ? "m" : "n";
  });
  return out;
}
var DEVANAGARI = /[\u0900-\u097F]/;
var DEVA_WORD = /[\u0900-\u0963\u0971-\u097F]+/g;
var DEVA_DIGITS = "\u0966\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E\u096F";
function hasDevanagari(text3) {
  return DEVANAGARI.test(text3);
}
function transliterateVariants(text3) {
  const nfc = text3.normalize("NFC").replace(/[०-९]/g, (d) => String(DEVA_DIGITS.indexOf(d))).replace(/[\u0964\u0965\u0970]/g, " ");
  const variants = /* @__PURE__ */ new Set();
  for (const useAlt of [false, true]) {
    for (const mode2 of ["ohala", "finalOnly", "leftToRight"]) {
      variants.add(
        nfc.replace(DEVA_WORD, (w) => {
          const units = parseWord(w);
          deleteSchwas(units, mode2);
          return render(units, useAlt);
        })
      );
    }
  }
  return [...variants];
}
function looseLatin(text3) {
  return text3.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").replace(/ph/g, "f").replace(/ee/g, "i").replace(/oo/g, "u").replace(/w/g, "v").replace(/z/g, "j").replace(/q/g, "k").replace(/([bcdfgjklmnprstvxy])h+/g, "$1").replace(/([a-z])\1+/g, "$1").trim();
}
function looseDevanagari(text3) {
  return text3.normalize("NFC").replace(/[\u093C\u200C\u200D]/g, "").replace(/[ँ]/g, "\u0902").replace(/[ी]/g, "\u093F").replace(/[ू]/g, "\u0941").replace(/[ई]/g, "\u0907").replace(/[ऊ]/g, "\u0909").replace(/[शष]/g, "\u0938").replace(/[ण]/g, "\u0928").toLowerCase();
}

// src/core/catalog/search-text.ts
function registerSearchFunctions(db) {
  db.function("hh_search_text", { deterministic: true }, (hi, en) => searchText2(String(hi ?? ""), String(en ?? "")));
}
var DEVA_WORDS = /[\u0900-\u0963\u0971-\u097F]+/g;
function searchText2(hi, en) {
  const words = new Set(looseDevanagari(hi).match(DEVA_WORDS) ?? []);
  for (const v of transliterateVariants(`${hi} ${en}`)) for (const w of looseLatin(v).split(" ")) if (w) words.add(w);
  return [...words].join(" ");
}
function wordForms(word) {
  const raw = word.normalize("NFC").toLowerCase();
  if (hasDevanagari(raw)) {
    const hi = (looseDevanagari(raw).match(DEVA_WORDS) ?? []).join(" ");
    return { raw, hi, latin: looseLatin(transliterateVariants(raw)[0]).split(" ").filter(Boolean) };
  }
  return { raw, hi: "", latin: looseLatin(raw).split(" ").filter(Boolean) };
}
function queryWords(q2) {
  return q2.normalize("NFC").split(/\s+/).filter(Boolean).map(wordForms);
}
var phrase = (s) => `"${s.replace(/"/g, '""')}"`;
var TRIGRAM = 3;
var long = (s) => [...s].length >= TRIGRAM;
function matchExpression(words) {
  const clauses = [];
  for (const w of words) {
    const alts = [];
    if (w.hi) {
      if (long(w.hi)) alts.push(`{name craft} : ${phrase(w.hi)}`);
    } else {
      const pieces = w.latin.filter(long);
      if (pieces.length > 0) alts.push(pieces.map((p) => `{name craft} : ${phrase(p)}`).join(" AND "));
      if (/[^a-z]/.test(w.raw) && long(w.raw)) alts.push(`sku : ${phrase(w.raw)}`);
    }
    if (alts.length > 0) clauses.push(alts.length === 1 ? `(${alts[0]})` : `((${alts.join(") OR (")}))`);
  }
  return clauses.length > 0 ? clauses.join(" AND ") : null;
}

// src/core/db/migrations/0001-foundation.ts
var m = {
  version: 1,
  name: "foundation",
  up(db) {
    db.exec(`
      CREATE TABLE shop_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        shop_name TEXT NOT NULL CHECK (length(shop_name) BETWEEN 1 AND 80),
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'hi' CHECK (language IN ('hi', 'en')),
        time_zone TEXT NOT NULL DEFAULT 'Asia/Kolkata',
        gstin TEXT NOT NULL DEFAULT '',
        counter_code TEXT NOT NULL DEFAULT 'C1',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
        pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_pins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Append-only: no UPDATE or DELETE ever reaches these rows (triggers refuse them).
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        action TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- The first result of every repeatable call, keyed by its client-made id.
      CREATE TABLE idempotency (
        request_id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        at TEXT NOT NULL
      ) STRICT;
    `);
  }
};
var foundation_default = m;

// src/core/db/migrations/0002-catalog.ts
var m2 = {
  version: 2,
  name: "catalog",
  up(db) {
    db.exec(`
      CREATE TABLE crafts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        sort INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        CHECK (name_hi <> '' OR name_en <> '')
      ) STRICT;

      CREATE TABLE artisans (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        upi_id TEXT NOT NULL DEFAULT '',
        bank_details TEXT NOT NULL DEFAULT '',
        commission_bps INTEGER NOT NULL CHECK (commission_bps BETWEEN 0 AND 10000),
        notes TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (name_hi <> '' OR name_en <> '')
      ) STRICT;

      CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sku TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        artisan_id INTEGER REFERENCES artisans(id), -- NULL: the group's own stock
        price_paise INTEGER NOT NULL CHECK (price_paise BETWEEN 0 AND 10000000000),
        cost_paise INTEGER CHECK (cost_paise BETWEEN 0 AND 10000000000),
        commission_bps INTEGER CHECK (commission_bps BETWEEN 0 AND 10000), -- NULL: the artisan's default
        hsn TEXT NOT NULL DEFAULT '',
        gst_rate_bps INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bps BETWEEN 0 AND 2800),
        unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'pair', 'set', 'metre')),
        for_sale INTEGER NOT NULL DEFAULT 1 CHECK (for_sale IN (0, 1)),
        for_rent INTEGER NOT NULL DEFAULT 0 CHECK (for_rent IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        low_stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_milli >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (name_hi <> '' OR name_en <> ''),
        CHECK (for_sale = 1 OR for_rent = 1)
      ) STRICT;
      CREATE INDEX products_craft ON products(craft_id);
      CREATE INDEX products_artisan ON products(artisan_id);

      CREATE TABLE barcodes (
        code TEXT PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX barcodes_product ON barcodes(product_id);

      CREATE TABLE stock_movements (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        product_id INTEGER NOT NULL REFERENCES products(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli <> 0),
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'sale', 'sale_return', 'rental_out', 'rental_in',
          'return_to_artisan', 'write_off', 'count_adjustment')),
        unit_price_paise INTEGER,
        user_id INTEGER REFERENCES users(id),
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        ref_type TEXT,
        ref_id TEXT,
        reference TEXT NOT NULL DEFAULT '' -- what the person typed: a challan no., a note number
      ) STRICT;
      CREATE INDEX stock_movements_product ON stock_movements(product_id, at);
      CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
      CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;

      CREATE TABLE stock_on_hand (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        qty_milli INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER stock_movements_cache AFTER INSERT ON stock_movements BEGIN
        INSERT INTO stock_on_hand(product_id, qty_milli) VALUES (NEW.product_id, NEW.qty_milli)
          ON CONFLICT(product_id) DO UPDATE SET qty_milli = qty_milli + NEW.qty_milli;
      END;

      -- Selling (or writing off) more than is on hand is refused unless the shop allows it.
      ALTER TABLE shop_settings ADD COLUMN allow_negative_stock INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative_stock IN (0, 1));

      -- A consignment receipt: the header and lines of a printable intake slip. Append-only.
      CREATE TABLE intakes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        slip_no TEXT NOT NULL UNIQUE,
        artisan_id INTEGER REFERENCES artisans(id), -- NULL: the group's own stock
        user_id INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX intakes_artisan ON intakes(artisan_id, at);
      CREATE TABLE intake_lines (
        intake_id INTEGER NOT NULL REFERENCES intakes(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        unit_price_paise INTEGER NOT NULL CHECK (unit_price_paise BETWEEN 0 AND 10000000000),
        movement_id INTEGER NOT NULL UNIQUE REFERENCES stock_movements(id),
        PRIMARY KEY (intake_id, line_no)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER intakes_no_update BEFORE UPDATE ON intakes
        BEGIN SELECT RAISE(ABORT, 'intakes is append-only'); END;
      CREATE TRIGGER intakes_no_delete BEFORE DELETE ON intakes
        BEGIN SELECT RAISE(ABORT, 'intakes is append-only'); END;
      CREATE TRIGGER intake_lines_no_update BEFORE UPDATE ON intake_lines
        BEGIN SELECT RAISE(ABORT, 'intake_lines is append-only'); END;
      CREATE TRIGGER intake_lines_no_delete BEFORE DELETE ON intake_lines
        BEGIN SELECT RAISE(ABORT, 'intake_lines is append-only'); END;

      -- A stock count is a working sheet while open; once posted or cancelled it is frozen.
      -- start_seq / counted_seq are stock_movements ids: the ledger as the shelf was seen.
      CREATE TABLE stock_counts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL CHECK (scope IN ('all', 'craft', 'artisan')),
        craft_id INTEGER REFERENCES crafts(id),
        artisan_id INTEGER REFERENCES artisans(id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted', 'cancelled')),
        start_seq INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        started_by INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        reason TEXT NOT NULL DEFAULT '',
        CHECK ((scope = 'craft') = (craft_id IS NOT NULL)),
        CHECK ((scope = 'artisan') = (artisan_id IS NOT NULL))
      ) STRICT;
      CREATE TABLE stock_count_lines (
        count_id INTEGER NOT NULL REFERENCES stock_counts(id),
        product_id INTEGER NOT NULL REFERENCES products(id),
        expected_milli INTEGER NOT NULL,
        counted_milli INTEGER CHECK (counted_milli >= 0),
        counted_seq INTEGER,
        counted_at TEXT,
        counted_by INTEGER REFERENCES users(id),
        PRIMARY KEY (count_id, product_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER stock_counts_frozen BEFORE UPDATE ON stock_counts WHEN OLD.status <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_counts_no_delete BEFORE DELETE ON stock_counts
        BEGIN SELECT RAISE(ABORT, 'stock counts are kept'); END;
      CREATE TRIGGER stock_count_lines_frozen BEFORE UPDATE ON stock_count_lines
        WHEN (SELECT status FROM stock_counts WHERE id = OLD.count_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_count_lines_frozen_insert BEFORE INSERT ON stock_count_lines
        WHEN (SELECT status FROM stock_counts WHERE id = NEW.count_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_count_lines_no_delete BEFORE DELETE ON stock_count_lines
        BEGIN SELECT RAISE(ABORT, 'stock counts are kept'); END;
    `);
  }
};
var catalog_default = m2;

// src/core/db/migrations/0003-search.ts
var ROW = `hh_search_text(NEW.name_hi, NEW.name_en), hh_search_text(c.name_hi, c.name_en), NEW.sku`;
var m3 = {
  version: 3,
  name: "search",
  up(db) {
    registerSearchFunctions(db);
    db.exec(`
      CREATE VIRTUAL TABLE products_fts USING fts5(name, craft, sku, tokenize = 'trigram');

      CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_fts (rowid, name, craft, sku) SELECT NEW.id, ${ROW} FROM crafts c WHERE c.id = NEW.craft_id;
      END;
      CREATE TRIGGER products_fts_update AFTER UPDATE OF id, sku, name_hi, name_en, craft_id ON products BEGIN
        DELETE FROM products_fts WHERE rowid = OLD.id;
        INSERT INTO products_fts (rowid, name, craft, sku) SELECT NEW.id, ${ROW} FROM crafts c WHERE c.id = NEW.craft_id;
      END;
      CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
        DELETE FROM products_fts WHERE rowid = OLD.id;
      END;
      CREATE TRIGGER crafts_fts_rename AFTER UPDATE OF name_hi, name_en ON crafts BEGIN
        UPDATE products_fts SET craft = hh_search_text(NEW.name_hi, NEW.name_en)
         WHERE rowid IN (SELECT id FROM products WHERE craft_id = NEW.id);
      END;

      INSERT INTO products_fts (rowid, name, craft, sku)
        SELECT p.id, hh_search_text(p.name_hi, p.name_en), hh_search_text(c.name_hi, c.name_en), p.sku
          FROM products p JOIN crafts c ON c.id = p.craft_id;

      CREATE INDEX products_name_hi ON products (name_hi);
      CREATE INDEX products_name_en_lower ON products (lower(name_en));
      CREATE INDEX products_sku_lower ON products (lower(sku));
    `);
  }
};
var search_default = m3;

// src/core/db/migrations/0004-print-jobs.ts
var m4 = {
  version: 4,
  name: "print-jobs",
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('receipt', 'rental_slip', 'rental_return_slip', 'payout_slip',
          'intake_slip', 'day_close', 'label', 'test_page', 'return_receipt')),
        ref TEXT NOT NULL DEFAULT '', -- bill / slip number the document belongs to
        printer TEXT NOT NULL, -- interface: tcp://host:port, device path, printer:NAME
        paper TEXT NOT NULL CHECK (paper IN ('58mm', '80mm')),
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printed', 'failed')),
        error TEXT, -- a PRINTER_* code when failed
        error_message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        reprint_of INTEGER REFERENCES print_jobs(id),
        user_id INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        finished_at TEXT,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((status = 'failed') = (error IS NOT NULL))
      ) STRICT;
      CREATE INDEX print_jobs_ref ON print_jobs(doc_type, ref);
      CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status = 'failed';
      CREATE INDEX print_jobs_recent ON print_jobs(created_at);
    `);
  }
};
var print_jobs_default = m4;

// src/core/db/migrations/0005-product-photos.ts
var m5 = {
  version: 5,
  name: "product-photos",
  up(db) {
    db.exec(`
      CREATE TABLE product_photos (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes BLOB NOT NULL CHECK (length(bytes) <= 524288),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};
var product_photos_default = m5;

// src/core/db/migrations/0006-printers.ts
var m6 = {
  version: 6,
  name: "printers",
  up(db) {
    db.exec(`
      CREATE TABLE printer_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        type TEXT NOT NULL DEFAULT 'EPSON' CHECK (type IN ('EPSON', 'STAR', 'TANCA', 'DARUMA', 'BROTHER', 'CUSTOM')),
        interface TEXT NOT NULL DEFAULT '', -- tcp://host:port, a device path (/dev/usb/lp0, COM3) or printer:NAME
        paper TEXT NOT NULL DEFAULT '80mm' CHECK (paper IN ('58mm', '80mm')),
        code_page TEXT NOT NULL DEFAULT 'PC437_USA',
        cut INTEGER NOT NULL DEFAULT 1 CHECK (cut IN (0, 1)),
        cash_drawer INTEGER NOT NULL DEFAULT 0 CHECK (cash_drawer IN (0, 1)),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 3),
        connect_timeout_ms INTEGER NOT NULL DEFAULT 3000 CHECK (connect_timeout_ms BETWEEN 500 AND 30000),
        idle_timeout_ms INTEGER NOT NULL DEFAULT 5000 CHECK (idle_timeout_ms BETWEEN 1000 AND 60000),
        total_timeout_ms INTEGER NOT NULL DEFAULT 60000 CHECK (total_timeout_ms BETWEEN 5000 AND 300000),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO printer_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    `);
  }
};
var printers_default = m6;

// src/core/db/migrations/0007-sales.ts
var APPEND_ONLY = (t) => `
  CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
  CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;
var m7 = {
  version: 7,
  name: "sales",
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN bill_prefix TEXT NOT NULL DEFAULT 'HH' CHECK (length(bill_prefix) BETWEEN 1 AND 10);
      ALTER TABLE shop_settings ADD COLUMN cashier_discount_limit_bps INTEGER NOT NULL DEFAULT 1000 CHECK (cashier_discount_limit_bps BETWEEN 0 AND 10000);
      ALTER TABLE shop_settings ADD COLUMN upi_vpa TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN upi_payee_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN return_policy TEXT NOT NULL DEFAULT '';

      -- Parked carts: not money yet, so a resumed or discarded one is simply removed.
      CREATE TABLE held_carts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT '',
        cart TEXT NOT NULL CHECK (json_valid(cart)),
        total_paise INTEGER NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE bill_counters (
        fy TEXT NOT NULL,
        counter_code TEXT NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
        PRIMARY KEY (fy, counter_code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sales (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        bill_no TEXT NOT NULL UNIQUE,
        counter_code TEXT NOT NULL,
        fy TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        invoice_kind TEXT NOT NULL CHECK (invoice_kind IN ('tax_invoice', 'bill_of_supply')),
        gstin TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        discount_reason TEXT NOT NULL DEFAULT '',
        gross_paise INTEGER NOT NULL,
        discount_paise INTEGER NOT NULL CHECK (discount_paise BETWEEN 0 AND gross_paise),
        total_paise INTEGER NOT NULL CHECK (total_paise = gross_paise - discount_paise),
        tax_paise INTEGER NOT NULL,
        UNIQUE (fy, counter_code, seq)
      ) STRICT;
      CREATE INDEX sales_date ON sales(business_date);
      CREATE INDEX sales_phone ON sales(customer_phone) WHERE customer_phone <> '';

      CREATE TABLE sale_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        hsn TEXT NOT NULL,
        unit TEXT NOT NULL,
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        list_price_paise INTEGER NOT NULL,
        unit_price_paise INTEGER NOT NULL,
        gross_paise INTEGER NOT NULL,
        line_discount_paise INTEGER NOT NULL,
        bill_discount_paise INTEGER NOT NULL,
        net_paise INTEGER NOT NULL CHECK (net_paise = gross_paise - line_discount_paise - bill_discount_paise AND net_paise >= 0),
        gst_rate_bps INTEGER NOT NULL,
        taxable_paise INTEGER NOT NULL,
        cgst_paise INTEGER NOT NULL,
        sgst_paise INTEGER NOT NULL,
        artisan_id INTEGER REFERENCES artisans(id),
        commission_bps INTEGER,
        artisan_share_paise INTEGER NOT NULL,
        CHECK (taxable_paise + cgst_paise + sgst_paise = net_paise),
        UNIQUE (sale_id, line_no)
      ) STRICT;
      CREATE INDEX sale_lines_product ON sale_lines(product_id);
      CREATE INDEX sale_lines_artisan ON sale_lines(artisan_id) WHERE artisan_id IS NOT NULL;

      CREATE TABLE sale_payments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
        amount_paise INTEGER NOT NULL,
        tendered_paise INTEGER,
        change_paise INTEGER NOT NULL DEFAULT 0,
        ref TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

      -- Her account: accruals (her share of a sale line), reversals, payouts, adjustments; signed.
      CREATE TABLE artisan_ledger (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        kind TEXT NOT NULL CHECK (kind IN ('accrual', 'reversal', 'payout', 'payout_reversal', 'adjustment')),
        amount_paise INTEGER NOT NULL,
        sale_line_id INTEGER REFERENCES sale_lines(id),
        ref_type TEXT,
        ref_id TEXT,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX artisan_ledger_artisan ON artisan_ledger(artisan_id, at);
      CREATE TABLE artisan_balances (
        artisan_id INTEGER PRIMARY KEY REFERENCES artisans(id),
        balance_paise INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER artisan_ledger_cache AFTER INSERT ON artisan_ledger BEGIN
        INSERT INTO artisan_balances(artisan_id, balance_paise) VALUES (NEW.artisan_id, NEW.amount_paise)
          ON CONFLICT(artisan_id) DO UPDATE SET balance_paise = balance_paise + NEW.amount_paise;
      END;

      -- The drawer: every rupee in or out of the cash box; signed.
      CREATE TABLE cash_movements (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        business_date TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        ref_type TEXT,
        ref_id TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX cash_movements_date ON cash_movements(business_date);
      ${["sales", "sale_lines", "sale_payments", "artisan_ledger", "cash_movements"].map(APPEND_ONLY).join("\n")}
    `);
  }
};
var sales_default = m7;

// src/core/db/migrations/0008-returns.ts
var m8 = {
  version: 8,
  name: "returns",
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN cashier_refund_limit_paise INTEGER NOT NULL DEFAULT 200000 CHECK (cashier_refund_limit_paise >= 0);

      CREATE TABLE sale_returns (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_no TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        reason TEXT NOT NULL,
        refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'upi', 'card')),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0)
      ) STRICT;
      CREATE INDEX sale_returns_sale ON sale_returns(sale_id);

      CREATE TABLE sale_return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES sale_returns(id),
        sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0),
        taxable_paise INTEGER NOT NULL,
        cgst_paise INTEGER NOT NULL,
        sgst_paise INTEGER NOT NULL,
        artisan_share_paise INTEGER NOT NULL,
        restocked INTEGER NOT NULL CHECK (restocked IN (0, 1))
      ) STRICT;
      CREATE INDEX sale_return_lines_line ON sale_return_lines(sale_line_id);
      ${["sale_returns", "sale_return_lines"].map((t) => `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
          CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`).join("\n")}
    `);
  }
};
var returns_default = m8;

// src/core/db/migrations/0009-payouts.ts
var m9 = {
  version: 9,
  name: "payouts",
  up(db) {
    db.exec(`
      CREATE TABLE payouts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        payout_no TEXT NOT NULL UNIQUE,
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        period_end TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'bank')),
        ref TEXT NOT NULL DEFAULT '',
        amount_paise INTEGER NOT NULL,
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        reverses_payout_id INTEGER UNIQUE REFERENCES payouts(id)
      ) STRICT;
      CREATE INDEX payouts_artisan ON payouts(artisan_id, at);

      CREATE TABLE payout_items (
        payout_id INTEGER NOT NULL REFERENCES payouts(id),
        ledger_id INTEGER NOT NULL REFERENCES artisan_ledger(id),
        PRIMARY KEY (ledger_id, payout_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX payout_items_payout ON payout_items(payout_id);

      ${["payouts", "payout_items"].map((t) => `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
          CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`).join("\n")}
    `);
  }
};
var payouts_default = m9;

// src/core/db/migrations/0010-backups.ts
var m10 = {
  version: 10,
  name: "backups",
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN backup_dir TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN backup_keep INTEGER NOT NULL DEFAULT 14 CHECK (backup_keep BETWEEN 1 AND 365);
      CREATE TABLE backups (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('manual', 'daily', 'close', 'before_restore'))
      ) STRICT;
    `);
  }
};
var backups_default = m10;

// src/core/db/migrations/0011-exchanges.ts
var m11 = {
  version: 11,
  name: "exchanges",
  up(db) {
    db.exec(`
      CREATE TABLE sale_exchanges (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_id INTEGER NOT NULL UNIQUE REFERENCES sale_returns(id),
        sale_id INTEGER NOT NULL UNIQUE REFERENCES sales(id),
        at TEXT NOT NULL,
        credit_paise INTEGER NOT NULL CHECK (credit_paise >= 0),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0),
        refund_method TEXT CHECK (refund_method IN ('cash', 'upi', 'card')),
        CHECK ((refund_paise = 0) = (refund_method IS NULL))
      ) STRICT;
      CREATE TRIGGER sale_exchanges_no_update BEFORE UPDATE ON sale_exchanges BEGIN SELECT RAISE(ABORT, 'sale_exchanges is append-only'); END;
      CREATE TRIGGER sale_exchanges_no_delete BEFORE DELETE ON sale_exchanges BEGIN SELECT RAISE(ABORT, 'sale_exchanges is append-only'); END;
    `);
  }
};
var exchanges_default = m11;

// src/core/db/migrations/0012-share-rules.ts
var m12 = {
  version: 12,
  name: "share-rules",
  up(db) {
    db.exec(`
      ALTER TABLE products ADD COLUMN artisan_fixed_paise INTEGER CHECK (artisan_fixed_paise BETWEEN 0 AND 10000000000);
      ALTER TABLE products ADD COLUMN discount_rule TEXT NOT NULL DEFAULT 'split' CHECK (discount_rule IN ('split', 'shop'));
      ALTER TABLE sale_lines ADD COLUMN share_rule TEXT NOT NULL DEFAULT '';
    `);
  }
};
var share_rules_default = m12;

// src/core/db/migrations/0013-report-indexes.ts
var m13 = {
  version: 13,
  name: "report-indexes",
  up(db) {
    db.exec("CREATE INDEX sale_returns_date ON sale_returns(business_date);");
  }
};
var report_indexes_default = m13;

// src/core/db/migrations/0014-rentals.ts
var APPEND_ONLY2 = (t) => `
  CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
  CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;
var MONEY = "CHECK (%s BETWEEN 0 AND 10000000000)";
var money = (col, nullable2 = false) => `${col} INTEGER${nullable2 ? "" : " NOT NULL"} ${MONEY.replace("%s", col)}`;
var DEFAULT_TERMS = [
  "\u0926\u0947\u0930 \u0938\u0947 \u0932\u094C\u091F\u093E\u0928\u0947 \u092A\u0930 \u092A\u094D\u0930\u0924\u093F \u0926\u093F\u0928 \u0936\u0941\u0932\u094D\u0915 \u0932\u0917\u0947\u0917\u093E / Late fee per day applies",
  "\u092B\u091F\u0928\u0947, \u0926\u093E\u0917 \u092F\u093E \u0917\u0941\u092E \u0939\u094B\u0928\u0947 \u092A\u0930 \u091C\u092E\u093E\u0928\u0924 \u0938\u0947 \u0915\u091F\u094C\u0924\u0940 / Damage or loss is deducted from the deposit",
  "\u091C\u092E\u093E\u0928\u0924 \u0915\u0940 \u0930\u0938\u0940\u0926 \u0938\u093E\u0925 \u0932\u093E\u090F\u0901 / Bring this slip to collect the deposit"
];
var m14 = {
  version: 14,
  name: "rentals",
  up(db) {
    db.exec(`
      CREATE TABLE rental_terms (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        mode TEXT NOT NULL CHECK (mode IN ('pieces', 'counted')),
        ${money("day_price_paise", true)},
        ${money("event_price_paise", true)},
        event_days INTEGER CHECK (event_days BETWEEN 1 AND 30),
        ${money("deposit_paise")},
        ${money("late_fee_per_day_paise")},
        buffer_days INTEGER NOT NULL CHECK (buffer_days BETWEEN 0 AND 14),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        CHECK (day_price_paise IS NOT NULL OR event_price_paise IS NOT NULL),
        CHECK ((event_price_paise IS NULL) = (event_days IS NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE rental_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        cancel_free_days INTEGER NOT NULL DEFAULT 7 CHECK (cancel_free_days BETWEEN 0 AND 365),
        cancel_keep_bps INTEGER NOT NULL DEFAULT 5000 CHECK (cancel_keep_bps BETWEEN 0 AND 10000),
        terms TEXT NOT NULL CHECK (json_valid(terms) AND json_type(terms) = 'array'),
        updated_at TEXT,
        updated_by INTEGER REFERENCES users(id)
      ) STRICT;
      INSERT INTO rental_rules (id, terms) VALUES (1, json('${JSON.stringify(DEFAULT_TERMS).replace(/'/g, "''")}'));

      -- A tagged piece; status is a cache of its latest event.
      CREATE TABLE rental_pieces (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        product_id INTEGER NOT NULL REFERENCES products(id),
        tag TEXT NOT NULL UNIQUE COLLATE NOCASE,
        status TEXT NOT NULL CHECK (status IN ('ready', 'out', 'cleaning', 'repair', 'retired')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rental_pieces_product ON rental_pieces(product_id, status);

      CREATE TABLE rentals (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_no TEXT NOT NULL UNIQUE,
        counter_code TEXT NOT NULL,
        fy TEXT NOT NULL,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'out', 'returned', 'cancelled')),
        customer_name TEXT NOT NULL CHECK (customer_name <> ''),
        customer_phone TEXT NOT NULL CHECK (customer_phone <> ''),
        customer_id_note TEXT NOT NULL DEFAULT '',
        customer_address TEXT NOT NULL DEFAULT '',
        event_date TEXT,
        from_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        picked_up_at TEXT,
        picked_up_by INTEGER REFERENCES users(id),
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        cancelled_at TEXT,
        cancelled_by INTEGER REFERENCES users(id),
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK (due_date >= from_date),
        CHECK ((status IN ('out', 'returned')) = (picked_up_at IS NOT NULL)),
        CHECK ((status = 'returned') = (closed_at IS NOT NULL)),
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        UNIQUE (fy, counter_code, seq)
      ) STRICT;
      CREATE INDEX rentals_status_due ON rentals(status, due_date);
      CREATE INDEX rentals_status_from ON rentals(status, from_date);
      CREATE INDEX rentals_phone ON rentals(customer_phone);

      -- One line a piece (pieces mode, qty 1) or a stack of alike units (counted), with the terms it was booked on.
      CREATE TABLE rental_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        piece_id INTEGER REFERENCES rental_pieces(id),
        qty INTEGER NOT NULL CHECK (qty > 0),
        sku TEXT NOT NULL,
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('pieces', 'counted')),
        ${money("day_price_paise", true)},
        ${money("event_price_paise", true)},
        event_days INTEGER,
        ${money("deposit_paise")},
        ${money("late_fee_per_day_paise")},
        buffer_days INTEGER NOT NULL CHECK (buffer_days >= 0),
        artisan_id INTEGER REFERENCES artisans(id),
        commission_bps INTEGER CHECK (commission_bps BETWEEN 0 AND 10000),
        CHECK ((mode = 'pieces') = (piece_id IS NOT NULL)),
        CHECK (mode = 'counted' OR qty = 1),
        CHECK ((artisan_id IS NULL) = (commission_bps IS NULL)),
        UNIQUE (rental_id, line_no)
      ) STRICT;
      CREATE INDEX rental_lines_product ON rental_lines(product_id);
      CREATE INDEX rental_lines_piece ON rental_lines(piece_id) WHERE piece_id IS NOT NULL;
      -- Only the piece may change (a swap at pick-up, recorded in the piece's history); the rest is history.
      CREATE TRIGGER rental_lines_frozen BEFORE UPDATE OF uid, rental_id, line_no, product_id, qty, sku, name_hi, name_en, mode, day_price_paise,
        event_price_paise, event_days, deposit_paise, late_fee_per_day_paise, buffer_days, artisan_id, commission_bps ON rental_lines
        BEGIN SELECT RAISE(ABORT, 'rental_lines are history: only piece_id may change'); END;
      CREATE TRIGGER rental_lines_no_delete BEFORE DELETE ON rental_lines BEGIN SELECT RAISE(ABORT, 'rental_lines is append-only'); END;

      CREATE TABLE rental_returns (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_no TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        n INTEGER NOT NULL CHECK (n >= 1),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        late_days INTEGER NOT NULL CHECK (late_days >= 0),
        late_fee_waived INTEGER NOT NULL CHECK (late_fee_waived IN (0, 1)),
        UNIQUE (rental_id, n)
      ) STRICT;

      -- photo_id: a damage photo's id as the screen gave it (no photo store for rentals yet, so no foreign key).
      CREATE TABLE rental_return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES rental_returns(id),
        line_id INTEGER NOT NULL REFERENCES rental_lines(id),
        qty INTEGER NOT NULL CHECK (qty >= 0),
        missing_qty INTEGER NOT NULL CHECK (missing_qty >= 0),
        ${money("late_fee_paise")},
        ${money("damage_paise")},
        damage_note TEXT NOT NULL DEFAULT '',
        photo_id INTEGER,
        condition TEXT NOT NULL CHECK (condition IN ('ok', 'repair')),
        CHECK (qty + missing_qty > 0),
        UNIQUE (return_id, line_id)
      ) STRICT;
      CREATE INDEX rental_return_lines_line ON rental_return_lines(line_id);

      -- What the customer owes, signed: rent, deposit, fees (+); deposit released at a return (-).
      CREATE TABLE rental_charges (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        line_id INTEGER REFERENCES rental_lines(id),
        return_id INTEGER REFERENCES rental_returns(id),
        kind TEXT NOT NULL CHECK (kind IN ('rent', 'deposit', 'deposit_release', 'late_fee', 'damage', 'cancel_keep')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        CHECK ((kind = 'deposit_release') = (amount_paise < 0))
      ) STRICT;
      CREATE INDEX rental_charges_rental ON rental_charges(rental_id);
      CREATE INDEX rental_charges_date ON rental_charges(business_date);

      -- What the customer paid (+) or was given back (-), and when in the rental's life.
      CREATE TABLE rental_payments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        return_id INTEGER REFERENCES rental_returns(id),
        event TEXT NOT NULL CHECK (event IN ('booking', 'pickup', 'extend', 'return', 'cancel')),
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        tendered_paise INTEGER,
        change_paise INTEGER NOT NULL DEFAULT 0 CHECK (change_paise >= 0),
        ref TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        CHECK (amount_paise > 0 OR (tendered_paise IS NULL AND change_paise = 0))
      ) STRICT;
      CREATE INDEX rental_payments_rental ON rental_payments(rental_id);
      CREATE INDEX rental_payments_date ON rental_payments(business_date);

      CREATE TABLE rental_piece_events (
        id INTEGER PRIMARY KEY,
        piece_id INTEGER NOT NULL REFERENCES rental_pieces(id),
        at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ready', 'out', 'cleaning', 'repair', 'retired')),
        note TEXT NOT NULL DEFAULT '',
        user_id INTEGER REFERENCES users(id),
        rental_id INTEGER REFERENCES rentals(id),
        photo_id INTEGER
      ) STRICT;
      CREATE INDEX rental_piece_events_piece ON rental_piece_events(piece_id, id);
      ${["rental_returns", "rental_return_lines", "rental_charges", "rental_payments", "rental_piece_events"].map(APPEND_ONLY2).join("\n")}

      -- Her share of rent, late fees and damage to her piece accrues against the rental line.
      ALTER TABLE artisan_ledger ADD COLUMN rental_line_id INTEGER REFERENCES rental_lines(id);
      CREATE INDEX artisan_ledger_rental_line ON artisan_ledger(rental_line_id) WHERE rental_line_id IS NOT NULL;

      CREATE TABLE cash_movements_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit', 'rental', 'rental_refund')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        business_date TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        ref_type TEXT,
        ref_id TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO cash_movements_new (id, uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id, note)
        SELECT id, uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id, note FROM cash_movements ORDER BY id;
      DROP TABLE cash_movements;
      ALTER TABLE cash_movements_new RENAME TO cash_movements;
      CREATE INDEX cash_movements_date ON cash_movements(business_date);
      ${APPEND_ONLY2("cash_movements")}
    `);
  }
};
var rentals_default = m14;

// src/core/db/migrations/0015-catalog-report-speed.ts
var SOLD = "lines, qty_milli, gross_paise, net_paise, taxable_paise, tax_paise, artisan_share_paise";
var RETURNED = "return_lines, returned_milli, returned_paise, returned_taxable_paise, returned_tax_paise, returned_share_paise";
var add = (cols) => cols.split(", ").map((c) => `${c} = ${c} + excluded.${c}`).join(", ");
var m15 = {
  version: 15,
  name: "catalog-report-speed",
  up(db) {
    db.exec(`
      CREATE INDEX products_status ON products(status);
      CREATE INDEX products_status_name ON products(status, COALESCE(NULLIF(name_hi, ''), name_en));
      CREATE INDEX products_status_sku ON products(status, sku);
      CREATE INDEX products_status_price ON products(status, price_paise);

      CREATE TABLE sales_daily (
        business_date TEXT NOT NULL,
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        lines INTEGER NOT NULL DEFAULT 0,
        qty_milli INTEGER NOT NULL DEFAULT 0,
        gross_paise INTEGER NOT NULL DEFAULT 0,
        net_paise INTEGER NOT NULL DEFAULT 0,
        taxable_paise INTEGER NOT NULL DEFAULT 0,
        tax_paise INTEGER NOT NULL DEFAULT 0,
        artisan_share_paise INTEGER NOT NULL DEFAULT 0,
        return_lines INTEGER NOT NULL DEFAULT 0,
        returned_milli INTEGER NOT NULL DEFAULT 0,
        returned_paise INTEGER NOT NULL DEFAULT 0,
        returned_taxable_paise INTEGER NOT NULL DEFAULT 0,
        returned_tax_paise INTEGER NOT NULL DEFAULT 0,
        returned_share_paise INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (business_date, craft_id)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO sales_daily (business_date, craft_id, ${SOLD})
        SELECT s.business_date, p.craft_id, count(*), sum(l.qty_milli), sum(l.gross_paise), sum(l.net_paise), sum(l.taxable_paise),
               sum(l.cgst_paise + l.sgst_paise), sum(l.artisan_share_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
         GROUP BY s.business_date, p.craft_id;
      INSERT INTO sales_daily (business_date, craft_id, ${RETURNED})
        SELECT r.business_date, p.craft_id, count(*), sum(rl.qty_milli), sum(rl.refund_paise), sum(rl.taxable_paise),
               sum(rl.cgst_paise + rl.sgst_paise), sum(rl.artisan_share_paise)
          FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id
          JOIN products p ON p.id = l.product_id
         WHERE true -- (an upsert after SELECT needs a WHERE, or ON is read as a join's)
         GROUP BY r.business_date, p.craft_id
        ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(RETURNED)};

      CREATE TRIGGER sale_lines_daily AFTER INSERT ON sale_lines BEGIN
        INSERT INTO sales_daily (business_date, craft_id, ${SOLD})
          VALUES ((SELECT business_date FROM sales WHERE id = NEW.sale_id), (SELECT craft_id FROM products WHERE id = NEW.product_id),
                  1, NEW.qty_milli, NEW.gross_paise, NEW.net_paise, NEW.taxable_paise, NEW.cgst_paise + NEW.sgst_paise, NEW.artisan_share_paise)
          ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(SOLD)};
      END;
      CREATE TRIGGER sale_return_lines_daily AFTER INSERT ON sale_return_lines BEGIN
        INSERT INTO sales_daily (business_date, craft_id, ${RETURNED})
          VALUES ((SELECT business_date FROM sale_returns WHERE id = NEW.return_id),
                  (SELECT p.craft_id FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.id = NEW.sale_line_id),
                  1, NEW.qty_milli, NEW.refund_paise, NEW.taxable_paise, NEW.cgst_paise + NEW.sgst_paise, NEW.artisan_share_paise)
          ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(RETURNED)};
      END;

      CREATE TABLE cash_daily (
        business_date TEXT NOT NULL,
        kind TEXT NOT NULL,
        movements INTEGER NOT NULL,
        in_paise INTEGER NOT NULL,
        out_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, kind)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO cash_daily (business_date, kind, movements, in_paise, out_paise)
        SELECT business_date, kind, count(*), sum(max(amount_paise, 0)), sum(min(amount_paise, 0)) FROM cash_movements GROUP BY business_date, kind;
      CREATE TRIGGER cash_movements_daily AFTER INSERT ON cash_movements BEGIN
        INSERT INTO cash_daily (business_date, kind, movements, in_paise, out_paise)
          VALUES (NEW.business_date, NEW.kind, 1, max(NEW.amount_paise, 0), min(NEW.amount_paise, 0))
          ON CONFLICT (business_date, kind) DO UPDATE SET movements = movements + 1, in_paise = in_paise + excluded.in_paise, out_paise = out_paise + excluded.out_paise;
      END;

      DROP INDEX artisan_ledger_artisan;
      CREATE INDEX artisan_ledger_artisan_at ON artisan_ledger(artisan_id, at, kind, amount_paise);
      CREATE INDEX artisan_ledger_payout ON artisan_ledger(ref_id) WHERE ref_type = 'payout';

      CREATE TABLE artisan_daily (
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        business_date TEXT NOT NULL,
        lines INTEGER NOT NULL,
        qty_milli INTEGER NOT NULL,
        net_paise INTEGER NOT NULL,
        artisan_share_paise INTEGER NOT NULL,
        PRIMARY KEY (artisan_id, business_date)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO artisan_daily (artisan_id, business_date, lines, qty_milli, net_paise, artisan_share_paise)
        SELECT l.artisan_id, s.business_date, count(*), sum(l.qty_milli), sum(l.net_paise), sum(l.artisan_share_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.artisan_id IS NOT NULL GROUP BY l.artisan_id, s.business_date;
      CREATE TRIGGER sale_lines_artisan_daily AFTER INSERT ON sale_lines WHEN NEW.artisan_id IS NOT NULL BEGIN
        INSERT INTO artisan_daily (artisan_id, business_date, lines, qty_milli, net_paise, artisan_share_paise)
          VALUES (NEW.artisan_id, (SELECT business_date FROM sales WHERE id = NEW.sale_id), 1, NEW.qty_milli, NEW.net_paise, NEW.artisan_share_paise)
          ON CONFLICT (artisan_id, business_date) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli,
            net_paise = net_paise + excluded.net_paise, artisan_share_paise = artisan_share_paise + excluded.artisan_share_paise;
      END;

      CREATE INDEX payouts_date ON payouts(business_date);
      CREATE INDEX sale_return_lines_return ON sale_return_lines(return_id);
    `);
  }
};
var catalog_report_speed_default = m15;

// src/core/db/migrations/0016-rental-photos.ts
var m16 = {
  version: 16,
  name: "rental-photos",
  up(db) {
    db.exec(`
      CREATE TABLE rental_photos (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 524288),
        at TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX rental_photos_rental ON rental_photos(rental_id);
      CREATE TRIGGER rental_photos_no_update BEFORE UPDATE ON rental_photos BEGIN SELECT RAISE(ABORT, 'rental_photos is append-only'); END;
      CREATE TRIGGER rental_photos_no_delete BEFORE DELETE ON rental_photos BEGIN SELECT RAISE(ABORT, 'rental_photos is append-only'); END;
    `);
  }
};
var rental_photos_default = m16;

// src/core/db/migrations/0017-day-closes.ts
var m17 = {
  version: 17,
  name: "day-closes",
  up(db) {
    db.exec(`
      CREATE TABLE day_closes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        business_date TEXT NOT NULL UNIQUE CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        counted_paise INTEGER NOT NULL CHECK (counted_paise BETWEEN 0 AND 10000000000),
        expected_paise INTEGER NOT NULL,
        difference_paise INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        closed_by INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        CHECK (difference_paise = counted_paise - expected_paise)
      ) STRICT;
      CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END;
      CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END;
    `);
  }
};
var day_closes_default = m17;

// src/core/db/migrations/0018-unsettled-entries.ts
var m18 = {
  version: 18,
  name: "unsettled-entries",
  up(db) {
    db.exec(`
      CREATE TABLE artisan_unsettled (
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        ledger_id INTEGER NOT NULL REFERENCES artisan_ledger(id),
        PRIMARY KEY (artisan_id, ledger_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO artisan_unsettled (artisan_id, ledger_id)
        SELECT e.artisan_id, e.id FROM artisan_ledger e
         WHERE e.kind IN ('accrual', 'reversal', 'adjustment')
           AND NOT EXISTS (SELECT 1 FROM payout_items pi JOIN payouts p ON p.id = pi.payout_id
                            WHERE pi.ledger_id = e.id AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id));

      CREATE TRIGGER artisan_ledger_unsettled AFTER INSERT ON artisan_ledger WHEN NEW.kind IN ('accrual', 'reversal', 'adjustment') BEGIN
        INSERT INTO artisan_unsettled (artisan_id, ledger_id) VALUES (NEW.artisan_id, NEW.id);
      END;
      CREATE TRIGGER payout_items_unsettled AFTER INSERT ON payout_items BEGIN
        DELETE FROM artisan_unsettled WHERE artisan_id = (SELECT artisan_id FROM artisan_ledger WHERE id = NEW.ledger_id) AND ledger_id = NEW.ledger_id;
      END;
      CREATE TRIGGER payouts_reversal_unsettled AFTER INSERT ON payouts WHEN NEW.reverses_payout_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO artisan_unsettled (artisan_id, ledger_id)
          SELECT e.artisan_id, e.id FROM payout_items pi JOIN artisan_ledger e ON e.id = pi.ledger_id WHERE pi.payout_id = NEW.reverses_payout_id;
      END;
    `);
  }
};
var unsettled_entries_default = m18;

// src/core/db/migrations/0019-rental-gst.ts
var m19 = {
  version: 19,
  name: "rental-gst",
  up(db) {
    db.exec(`
      ALTER TABLE rental_lines ADD COLUMN gst_rate_bps INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bps BETWEEN 0 AND 2800);
      ALTER TABLE rental_lines ADD COLUMN hsn TEXT NOT NULL DEFAULT '';
      CREATE TRIGGER rental_lines_gst_frozen BEFORE UPDATE OF gst_rate_bps, hsn ON rental_lines
        BEGIN SELECT RAISE(ABORT, 'rental_lines are history: only piece_id may change'); END;

      ALTER TABLE rental_charges ADD COLUMN tax_paise INTEGER NOT NULL DEFAULT 0
        CHECK (tax_paise = 0 OR (kind IN ('rent', 'late_fee', 'damage') AND tax_paise BETWEEN 1 AND amount_paise));
      ALTER TABLE rental_charges ADD COLUMN cgst_paise INTEGER NOT NULL DEFAULT 0 CHECK (cgst_paise >= 0);
      ALTER TABLE rental_charges ADD COLUMN sgst_paise INTEGER NOT NULL DEFAULT 0 CHECK (sgst_paise >= 0 AND cgst_paise + sgst_paise = tax_paise);
    `);
  }
};
var rental_gst_default = m19;

// src/core/db/migrations/0020-idempotency-hash.ts
var m20 = {
  version: 20,
  name: "idempotency-hash",
  up(db) {
    db.exec(`
      ALTER TABLE idempotency ADD COLUMN request_hash TEXT
        CHECK (request_hash IS NULL OR (length(request_hash) = 64 AND request_hash NOT GLOB '*[^0-9a-f]*'));
    `);
  }
};
var idempotency_hash_default = m20;

// src/core/db/migrations/index.ts
var migrations = [
  foundation_default,
  catalog_default,
  search_default,
  print_jobs_default,
  product_photos_default,
  printers_default,
  sales_default,
  returns_default,
  payouts_default,
  backups_default,
  exchanges_default,
  share_rules_default,
  report_indexes_default,
  rentals_default,
  catalog_report_speed_default,
  rental_photos_default,
  day_closes_default,
  unsettled_entries_default,
  rental_gst_default,
  idempotency_hash_default
];

// src/core/db/migrate.ts
function latestVersion(list = migrations) {
  return list.length === 0 ? 0 : list[list.length - 1].version;
}
function migrate(db, list = migrations) {
  list.forEach((m21, i2) => {
    if (m21.version !== i2 + 1) throw new Error(`migration ${m21.name} has version ${m21.version}, expected ${i2 + 1}`);
  });
  const current = db.pragma("user_version", { simple: true });
  const latest = latestVersion(list);
  if (current > latest) throw new AppError("DB_NEWER_THAN_APP", { dbVersion: current, appVersion: latest });
  const pending = list.filter((m21) => m21.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m21 of pending) {
      m21.up(db);
      db.pragma(`user_version = ${m21.version}`);
    }
  }).immediate();
  const fkProblems = db.pragma("foreign_key_check");
  if (fkProblems.length > 0) throw new Error(`foreign_key_check failed after migration: ${JSON.stringify(fkProblems)}`);
  return latest;
}

// src/core/db/open.ts
function openDatabase(file3, opts = {}) {
  if (file3 !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file3)), { recursive: true });
  const db = new Database(file3, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5e3}`);
    if (file3 !== ":memory:") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    registerSearchFunctions(db);
    if (opts.migrate !== false) migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

// src/core/dispatch.ts
import Database2 from "better-sqlite3";

// ../main/node_modules/uuid/dist-node/stringify.js
var byteToHex = [];
for (let i2 = 0; i2 < 256; ++i2) {
  byteToHex.push((i2 + 256).toString(16).slice(1));
}
function unsafeStringify(arr, offset = 0) {
  return (byteToHex[arr[offset + 0]] + byteToHex[arr[offset + 1]] + byteToHex[arr[offset + 2]] + byteToHex[arr[offset + 3]] + "-" + byteToHex[arr[offset + 4]] + byteToHex[arr[offset + 5]] + "-" + byteToHex[arr[offset + 6]] + byteToHex[arr[offset + 7]] + "-" + byteToHex[arr[offset + 8]] + byteToHex[arr[offset + 9]] + "-" + byteToHex[arr[offset + 10]] + byteToHex[arr[offset + 11]] + byteToHex[arr[offset + 12]] + byteToHex[arr[offset + 13]] + byteToHex[arr[offset + 14]] + byteToHex[arr[offset + 15]]).toLowerCase();
}

// ../main/node_modules/uuid/dist-node/rng.js
var rnds8 = new Uint8Array(16);
function rng() {
  return crypto.getRandomValues(rnds8);
}

// ../main/node_modules/uuid/dist-node/v7.js
var _state = {};
function v7(options, buf, offset) {
  let bytes;
  if (options) {
    bytes = v7Bytes(options.random ?? options.rng?.() ?? rng(), options.msecs, options.seq, buf, offset);
  } else {
    const now = Date.now();
    const rnds = rng();
    updateV7State(_state, now, rnds);
    bytes = v7Bytes(rnds, _state.msecs, _state.seq, buf, offset);
  }
  return buf ?? unsafeStringify(bytes);
}
function updateV7State(state, now, rnds) {
  state.msecs ??= -Infinity;
  state.seq ??= 0;
  if (now > state.msecs) {
    state.seq = v7Sequence(rnds);
    state.msecs = now;
  } else {
    state.seq = state.seq + 1 | 0;
    if (state.seq === 0) {
      state.msecs++;
    }
  }
  return state;
}
function v7Bytes(rnds, msecs, seq, buf, offset = 0) {
  if (rnds.length < 16) {
    throw new Error("Random bytes length must be >= 16");
  }
  if (!buf) {
    buf = new Uint8Array(16);
    offset = 0;
  } else {
    if (offset < 0 || offset + 16 > buf.length) {
      throw new RangeError(`UUID byte range ${offset}:${offset + 15} is out of buffer bounds`);
    }
  }
  msecs ??= Date.now();
  seq ??= v7Sequence(rnds);
  buf[offset++] = msecs / 1099511627776 & 255;
  buf[offset++] = msecs / 4294967296 & 255;
  buf[offset++] = msecs / 16777216 & 255;
  buf[offset++] = msecs / 65536 & 255;
  buf[offset++] = msecs / 256 & 255;
  buf[offset++] = msecs & 255;
  buf[offset++] = 112 | seq >>> 28 & 15;
  buf[offset++] = seq >>> 20 & 255;
  buf[offset++] = 128 | seq >>> 14 & 63;
  buf[offset++] = seq >>> 6 & 255;
  buf[offset++] = seq << 2 & 255 | rnds[10] & 3;
  buf[offset++] = rnds[11];
  buf[offset++] = rnds[12];
  buf[offset++] = rnds[13];
  buf[offset++] = rnds[14];
  buf[offset++] = rnds[15];
  return buf;
}
function v7Sequence(rnds) {
  return (rnds[6] & 127) << 24 | rnds[7] << 16 | rnds[8] << 8 | rnds[9];
}
var v7_default = v7;

// src/core/db/stmt.ts
var caches = /* @__PURE__ */ new WeakMap();
function stmt(db, sql) {
  let cache = caches.get(db);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

// src/core/audit.ts
var SECRET_KEYS = /(pin|password|token|secret|hash)$/i;
function redact(value) {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "***" : redact(v)])
    );
  }
  return value;
}
function writeAudit(db, at, userId, action, details) {
  stmt(db, "INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, ?, ?)").run(
    v7_default(),
    at.toISOString(),
    userId,
    action,
    JSON.stringify(redact(details))
  );
}

// src/core/committed-error.ts
var CommittedError = class extends AppError {
};

// src/core/session/pin.ts
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
var N = 1 << 15;
var R = 8;
var P = 1;
var KEYLEN = 32;
var MAXMEM = 64 * 1024 * 1024;
function hashPin(pin2) {
  const salt = randomBytes(16);
  const hash2 = scryptSync(pin2, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return ["scrypt", N, R, P, salt.toString("base64"), hash2.toString("base64")].join("$");
}
function verifyPin(pin2, stored) {
  const [algo, n, r, p, salt, hash2] = stored.split("$");
  if (algo !== "scrypt" || !salt || !hash2) return false;
  const expected = Buffer.from(hash2, "base64");
  const actual = scryptSync(pin2, Buffer.from(salt, "base64"), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return timingSafeEqual(actual, expected);
}
var FREE_PIN_TRIES = 5;
function lockoutMs(failedPins) {
  if (failedPins < FREE_PIN_TRIES) return 0;
  return Math.min(3e4 * 2 ** (failedPins - FREE_PIN_TRIES), 15 * 6e4);
}

// src/core/session/check-pin.ts
function checkPin(db, userId, pin2, now, purpose) {
  const u = stmt(db, "SELECT * FROM users WHERE id = ?").get(userId);
  if (!u || !u.active) throw new AppError("NOT_FOUND", { what: "user", field: purpose === "login" ? "userId" : ["approval", "userId"], id: userId });
  if (u.locked_until && u.locked_until > now.toISOString()) throw new AppError("LOCKED_OUT", { until: u.locked_until });
  if (!verifyPin(pin2, u.pin_hash)) {
    const failed = u.failed_pins + 1;
    const lockMs = lockoutMs(failed);
    const until = lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null;
    stmt(db, "UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?").run(failed, until, u.id);
    writeAudit(db, now, u.id, `session.${purpose}_failed`, { failedPins: failed, lockedUntil: until });
    throw new CommittedError(until ? "LOCKED_OUT" : "WRONG_PIN", until ? { until } : { triesLeft: Math.max(0, FREE_PIN_TRIES - failed) });
  }
  if (u.failed_pins > 0) stmt(db, "UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?").run(u.id);
  return { id: u.id, name: u.name, role: u.role };
}

// src/core/idempotency.ts
import { createHash } from "node:crypto";

// src/core/sales/read.ts
function saleIdByBillNo(db, billNo) {
  return stmt(db, "SELECT id FROM sales WHERE bill_no = ?").get(billNo)?.id ?? null;
}
function taxesByRate(lines2) {
  const byRate = /* @__PURE__ */ new Map();
  for (const l of lines2) {
    if (l.gstRateBps === 0 && l.cgstPaise === 0) continue;
    const t = byRate.get(l.gstRateBps) ?? { rateBps: l.gstRateBps, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0 };
    t.taxablePaise += l.taxablePaise;
    t.cgstPaise += l.cgstPaise;
    t.sgstPaise += l.sgstPaise;
    byRate.set(l.gstRateBps, t);
  }
  return [...byRate.values()].sort((a, b) => a.rateBps - b.rateBps);
}
function getSale(db, id2) {
  const s = stmt(
    db,
    `SELECT s.*, u.name AS cashier, a.name AS approver FROM sales s JOIN users u ON u.id = s.user_id
       LEFT JOIN users a ON a.id = s.approved_by WHERE s.id = ?`
  ).get(id2);
  if (!s) throw new AppError("NOT_FOUND", { what: "sale", id: id2 });
  const lines2 = stmt(
    db,
    `SELECT l.*, p.sku, (SELECT COALESCE(sum(r.qty_milli), 0) FROM sale_return_lines r WHERE r.sale_line_id = l.id) AS returned_milli
       FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE sale_id = ? ORDER BY line_no`
  ).all(id2).map(
    (l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      sku: l.sku,
      nameHi: l.name_hi,
      nameEn: l.name_en,
      hsn: l.hsn,
      unit: l.unit,
      qtyMilli: l.qty_milli,
      listPricePaise: l.list_price_paise,
      unitPricePaise: l.unit_price_paise,
      grossPaise: l.gross_paise,
      lineDiscountPaise: l.line_discount_paise,
      billDiscountPaise: l.bill_discount_paise,
      netPaise: l.net_paise,
      gstRateBps: l.gst_rate_bps,
      taxablePaise: l.taxable_paise,
      cgstPaise: l.cgst_paise,
      sgstPaise: l.sgst_paise,
      artisanId: l.artisan_id,
      artisanSharePaise: l.artisan_share_paise,
      returnedMilli: l.returned_milli
    })
  );
  const payments = stmt(
    db,
    "SELECT * FROM sale_payments WHERE sale_id = ? ORDER BY id"
  ).all(id2).map((p) => ({ method: p.method, amountPaise: p.amount_paise, tenderedPaise: p.tendered_paise, changePaise: p.change_paise, ref: p.ref }));
  const exchange2 = stmt(
    db,
    `SELECT o.bill_no, r.return_no, x.credit_paise FROM sale_exchanges x JOIN sale_returns r ON r.id = x.return_id
       JOIN sales o ON o.id = r.sale_id WHERE x.sale_id = ?`
  ).get(id2);
  const returns = stmt(
    db,
    "SELECT id, return_no, at, refund_paise FROM sale_returns WHERE sale_id = ? ORDER BY id"
  ).all(id2).map((r) => ({ id: r.id, returnNo: r.return_no, at: r.at, refundPaise: r.refund_paise }));
  return {
    ...returns.length ? { returns } : {},
    ...exchange2 ? { exchangeCredit: { billNo: exchange2.bill_no, returnNo: exchange2.return_no, creditPaise: exchange2.credit_paise } } : {},
    id: s.id,
    uid: s.uid,
    billNo: s.bill_no,
    at: s.at,
    businessDate: s.business_date,
    invoiceKind: s.invoice_kind,
    cashier: s.cashier,
    approvedBy: s.approver,
    customerName: s.customer_name,
    customerPhone: s.customer_phone,
    grossPaise: s.gross_paise,
    discountPaise: s.discount_paise,
    totalPaise: s.total_paise,
    taxPaise: s.tax_paise,
    lines: lines2,
    payments,
    changePaise: payments.reduce((c, p) => c + p.changePaise, 0),
    taxes: taxesByRate(lines2)
  };
}
function returnIdByNo(db, returnNo) {
  return stmt(db, "SELECT id FROM sale_returns WHERE return_no = ?").get(returnNo)?.id ?? null;
}
function getReturn(db, id2) {
  const r = stmt(
    db,
    `SELECT r.*, s.bill_no, u.name AS cashier, a.name AS approver FROM sale_returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = r.user_id
       LEFT JOIN users a ON a.id = r.approved_by WHERE r.id = ?`
  ).get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "saleReturn", id: id2 });
  const lines2 = stmt(
    db,
    `SELECT l.line_no, l.name_hi, l.name_en, rl.qty_milli, rl.refund_paise, rl.restocked FROM sale_return_lines rl
       JOIN sale_lines l ON l.id = rl.sale_line_id WHERE rl.return_id = ? ORDER BY rl.id`
  ).all(id2);
  const x2 = stmt(
    db,
    "SELECT s.bill_no, x.credit_paise, x.refund_paise, x.refund_method FROM sale_exchanges x JOIN sales s ON s.id = x.sale_id WHERE x.return_id = ?"
  ).get(id2);
  return {
    id: r.id,
    returnNo: r.return_no,
    billNo: r.bill_no,
    at: r.at,
    refundMethod: r.refund_method,
    refundPaise: r.refund_paise,
    reason: r.reason,
    cashier: r.cashier,
    approvedBy: r.approver,
    lines: lines2.map((l) => ({ lineNo: l.line_no, nameHi: l.name_hi, nameEn: l.name_en, qtyMilli: l.qty_milli, refundPaise: l.refund_paise, restocked: l.restocked === 1 })),
    ...x2 ? { exchange: { billNo: x2.bill_no, creditPaise: x2.credit_paise, refundPaise: x2.refund_paise, refundMethod: x2.refund_method } } : {}
  };
}

// src/core/sales/replay.ts
function keepSale(s) {
  return { sale: s.id, cashier: s.cashier, approvedBy: s.approvedBy, skus: s.lines.map((l) => l.sku) };
}
function rebuildSale(db, k) {
  const { returns: _later, ...s } = getSale(db, k.sale);
  return { ...s, cashier: k.cashier, approvedBy: k.approvedBy, lines: s.lines.map((l, i2) => ({ ...l, sku: k.skus[i2] ?? l.sku, returnedMilli: 0 })) };
}

// src/core/idempotency.ts
var REPLAY = {
  "sales.checkout": { keep: (v) => keepSale(v), rebuild: (db, k) => rebuildSale(db, k) }
};
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map((x2) => canonical(x2 ?? null)).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v).filter(([, x2]) => x2 !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, x2]) => `${JSON.stringify(k)}:${canonical(x2)}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}
function requestHash(method2, userId, input2) {
  return createHash("sha256").update(canonical({ method: method2, userId, input: redact(input2) })).digest("hex");
}
function priorResult(db, requestId2, method2, hash2) {
  const prior = stmt(db, "SELECT method, result, request_hash FROM idempotency WHERE request_id = ?").get(requestId2);
  if (!prior) return null;
  if (prior.method !== method2 || prior.request_hash !== null && prior.request_hash !== hash2) throw new AppError("IDEMPOTENCY_MISMATCH", { requestId: requestId2 });
  const value = JSON.parse(prior.result);
  const replay = Object.hasOwn(REPLAY, method2) ? REPLAY[method2] : void 0;
  if (replay && value && typeof value === "object" && "$replay" in value) return { value: replay.rebuild(db, value.$replay) };
  return { value };
}
function recordResult(db, requestId2, method2, hash2, value, at) {
  const replay = Object.hasOwn(REPLAY, method2) ? REPLAY[method2] : void 0;
  const kept = replay && value ? { $replay: replay.keep(value) } : value ?? null;
  stmt(db, "INSERT INTO idempotency (request_id, method, result, at, request_hash) VALUES (?, ?, ?, ?, ?)").run(requestId2, method2, JSON.stringify(kept), at.toISOString(), hash2);
}

// src/core/unknown-keys.ts
var isPlain = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function unknownKeys(sent, parsed, path5 = []) {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    return sent.flatMap((x2, i2) => i2 < parsed.length ? unknownKeys(x2, parsed[i2], [...path5, i2]) : []);
  }
  if (!isPlain(sent) || !isPlain(parsed)) return [];
  return Object.keys(sent).flatMap(
    (k) => Object.hasOwn(parsed, k) ? unknownKeys(sent[k], parsed[k], [...path5, k]) : [{ path: [...path5, k], code: "unrecognized_keys", message: "unknown_key" }]
  );
}

// src/core/dispatch.ts
var READ_VERBS = /\.(get|page|list|status|current|people|search|find|lookup|report|preview|export|verify)[A-Z]?\w*$/;
function isRead(name2) {
  return READ_VERBS.test(name2);
}
function allows(access, user) {
  if (access === "public") return true;
  if (!user) return false;
  if (access === "user") return true;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(access);
}
function zodIssues(err2) {
  return err2.issues.map((i2) => {
    const issue2 = { path: i2.path.map((p) => typeof p === "symbol" ? String(p) : p), code: i2.code, message: i2.message };
    if ("minimum" in i2 && (typeof i2.minimum === "number" || typeof i2.minimum === "bigint")) issue2.minimum = i2.minimum;
    if ("maximum" in i2 && (typeof i2.maximum === "number" || typeof i2.maximum === "bigint")) issue2.maximum = i2.maximum;
    return issue2;
  });
}
function toApiError(e, log) {
  if (e instanceof AppError) return { code: e.code, details: e.details };
  if (e instanceof external_exports.ZodError) return { code: "INVALID_INPUT", details: { issues: zodIssues(e) } };
  if (e instanceof Database2.SqliteError) {
    if (e.code === "SQLITE_BUSY" || e.code === "SQLITE_LOCKED") return { code: "DB_BUSY", details: {} };
    if (e.code === "SQLITE_FULL") return { code: "DISK_FULL", details: {} };
    if (e.code.startsWith("SQLITE_CONSTRAINT")) return { code: "CONFLICT", details: { constraint: e.message } };
  }
  log?.("internal error", e);
  return { code: "INTERNAL", details: {} };
}
function createDispatch(deps) {
  const { db, contract: contract2, handlers: handlers2, sessions } = deps;
  const clock = deps.clock ?? (() => /* @__PURE__ */ new Date());
  async function callAsync(name2, spec, input2, user, now) {
    const handler = handlers2[name2];
    const ctx = {
      db,
      now,
      user,
      read: (fn) => db.transaction(() => fn(db)).deferred(),
      write: (fn, details = {}) => db.transaction(() => {
        const v = fn(db);
        writeAudit(db, now, user?.id ?? null, name2, { input: input2, ...details });
        return v;
      }).immediate()
    };
    try {
      return { result: { ok: true, value: await handler(input2, ctx) ?? null } };
    } catch (e) {
      return { result: { ok: false, error: toApiError(e, deps.log) } };
    }
  }
  function approve(approval, need, now) {
    const a = external_exports.object({ userId: external_exports.number().int().positive(), pin: external_exports.string().regex(/^[0-9]{4,6}$/) }).safeParse(approval);
    if (!a.success) return { error: { code: "INVALID_INPUT", details: { issues: zodIssues(a.error).map((i2) => ({ ...i2, path: ["approval", ...i2.path] })) } } };
    let failed = null;
    try {
      const who = db.transaction(() => {
        try {
          return checkPin(db, a.data.userId, a.data.pin, now, "approval");
        } catch (e) {
          if (e instanceof CommittedError) {
            failed = e;
            return null;
          }
          throw e;
        }
      }).immediate();
      if (failed) return { error: { code: failed.code, details: failed.details } };
      if (!who || !allows(need, who)) return { error: { code: "FORBIDDEN", details: { field: ["approval", "userId"], reason: "approver", need } } };
      return { approver: who };
    } catch (e) {
      return { error: toApiError(e, deps.log) };
    }
  }
  return function call(name2, input2, sessionToken) {
    const spec = Object.hasOwn(contract2, name2) ? contract2[name2] : void 0;
    if (!spec) return { result: { ok: false, error: { code: "UNKNOWN_METHOD", details: { method: String(name2).slice(0, 100) } } } };
    const now = clock();
    const user = sessions.get(sessionToken, now.getTime());
    let approver = null;
    if (!allows(spec.access, user)) {
      const approval = user && input2 && typeof input2 === "object" ? input2.approval : void 0;
      if (!user || !approval) return { result: { ok: false, error: { code: user ? "FORBIDDEN" : "UNAUTHENTICATED", details: { method: name2, need: spec.access } } } };
      const checked = approve(approval, spec.access, now);
      if ("error" in checked) return { result: { ok: false, error: checked.error } };
      approver = checked.approver;
    }
    const parsed = spec.input.safeParse(input2 ?? {});
    if (!parsed.success) return { result: { ok: false, error: { code: "INVALID_INPUT", details: { issues: zodIssues(parsed.error) } } } };
    const read = isRead(name2);
    if (!read) {
      const unknown2 = unknownKeys(input2 ?? {}, parsed.data).filter((i2) => !(i2.path.length === 1 && i2.path[0] === "approval"));
      if (unknown2.length) return { result: { ok: false, error: { code: "INVALID_INPUT", details: { issues: unknown2 } } } };
    }
    if (spec.async) return callAsync(name2, spec, parsed.data, user, now);
    let session;
    let startFor = null;
    let end = false;
    const endFor = [];
    let extra2 = {};
    let committedError = null;
    const ctx = {
      db,
      now,
      user,
      startSession: (u) => startFor = u,
      endSession: () => end = true,
      endSessionsOf: (userId) => endFor.push(userId),
      auditDetails: (d) => extra2 = { ...extra2, ...d }
    };
    const handler = handlers2[name2];
    const requestId2 = spec.idempotent ? parsed.data.requestId : void 0;
    const hash2 = requestId2 ? requestHash(name2, user?.id ?? null, parsed.data) : "";
    const run = () => {
      if (requestId2) {
        const prior = priorResult(db, requestId2, name2, hash2);
        if (prior) return { value: prior.value, repeat: true };
      }
      let value;
      try {
        value = handler(parsed.data, ctx);
      } catch (e) {
        if (e instanceof CommittedError) {
          committedError = e;
          return { value: void 0, repeat: false };
        }
        throw e;
      }
      if (!read) {
        writeAudit(db, now, startFor?.id ?? user?.id ?? null, name2, { input: parsed.data, ...approver ? { approvedBy: approver.id } : {}, ...extra2 });
        if (requestId2) recordResult(db, requestId2, name2, hash2, value, now);
      }
      return { value, repeat: false };
    };
    try {
      const out = read ? db.transaction(run).deferred() : db.transaction(run).immediate();
      if (committedError) return { result: { ok: false, error: { code: committedError.code, details: committedError.details } } };
      if (!out.repeat) {
        for (const id2 of endFor) sessions.deleteUser(id2);
        if (end) {
          sessions.delete(sessionToken);
          session = { clear: true };
        }
        if (startFor) session = { set: sessions.create(startFor, now.getTime()) };
      }
      return session ? { result: { ok: true, value: out.value ?? null }, session } : { result: { ok: true, value: out.value ?? null } };
    } catch (e) {
      return { result: { ok: false, error: toApiError(e, deps.log) } };
    }
  };
}

// src/core/artisans/artisans.ts
var SELECT = `SELECT a.*,
    (SELECT count(*) FROM products p WHERE p.artisan_id = a.id AND p.status = 'active') AS product_count,
    (SELECT (COALESCE(sum(s.qty_milli * p.price_paise), 0) + 500) / 1000 FROM products p JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.artisan_id = a.id AND s.qty_milli > 0) AS stock_value
  FROM artisans a`;
var toArtisan = (r) => ({
  id: r.id,
  uid: r.uid,
  nameHi: r.name_hi,
  nameEn: r.name_en,
  phone: r.phone,
  village: r.village,
  upiId: r.upi_id,
  bankDetails: r.bank_details,
  commissionBps: r.commission_bps,
  notes: r.notes,
  active: r.active === 1,
  createdAt: r.created_at,
  productCount: r.product_count,
  stockValuePaise: r.stock_value
});
function getArtisan(db, id2, field = "id") {
  const r = stmt(db, `${SELECT} WHERE a.id = ?`).get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "artisan", field, id: id2 });
  return toArtisan(r);
}
function listArtisans(db, includeInactive) {
  return stmt(db, `${SELECT} WHERE a.active = 1 OR ? ORDER BY a.active DESC, COALESCE(NULLIF(a.name_hi, ''), a.name_en), a.id`).all(includeInactive ? 1 : 0).map(toArtisan);
}
function bind(a) {
  return { ...a, active: a.active ? 1 : 0 };
}
function createArtisan(db, a, at) {
  const r = stmt(
    db,
    `INSERT INTO artisans (uid, name_hi, name_en, phone, village, upi_id, bank_details, commission_bps, notes, active, created_at)
     VALUES (@uid, @nameHi, @nameEn, @phone, @village, @upiId, @bankDetails, @commissionBps, @notes, @active, @at)`
  ).run({ ...bind(a), uid: v7_default(), at: at.toISOString() });
  return getArtisan(db, Number(r.lastInsertRowid));
}
function updateArtisan(db, id2, a) {
  const before = getArtisan(db, id2);
  stmt(
    db,
    `UPDATE artisans SET name_hi = @nameHi, name_en = @nameEn, phone = @phone, village = @village, upi_id = @upiId,
       bank_details = @bankDetails, commission_bps = @commissionBps, notes = @notes, active = @active WHERE id = @id`
  ).run({ ...bind(a), id: id2 });
  return { before, after: getArtisan(db, id2) };
}

// src/core/artisans/handlers.ts
var artisansHandlers = {
  "artisans.list": ({ includeInactive }, { db }) => listArtisans(db, includeInactive),
  "artisans.get": ({ id: id2 }, { db }) => getArtisan(db, id2),
  "artisans.create": (input2, ctx) => {
    const after = createArtisan(ctx.db, input2, ctx.now);
    ctx.auditDetails({ after });
    return after;
  },
  "artisans.update": ({ id: id2, ...input2 }, ctx) => {
    const { before, after } = updateArtisan(ctx.db, id2, input2);
    ctx.auditDetails({ before, after });
    return after;
  }
};

// src/core/catalog/product-row.ts
var PRODUCT_ROW_COLUMNS = `p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en,
  a.name_hi AS owner_hi, a.name_en AS owner_en, p.price_paise, p.for_sale, p.for_rent,
  COALESCE(s.qty_milli, 0) AS on_hand_milli, p.status, p.unit, p.craft_id, p.artisan_id, p.low_stock_milli,
  (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode`;
var PRODUCT_ROW_FROM = `products p JOIN crafts c ON c.id = p.craft_id
  LEFT JOIN artisans a ON a.id = p.artisan_id
  LEFT JOIN stock_on_hand s ON s.product_id = p.id`;
function toProductRow(r) {
  return {
    id: r.id,
    sku: r.sku,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    craftHi: r.craft_hi,
    craftEn: r.craft_en,
    ownerName: r.owner_hi || r.owner_en,
    pricePaise: r.price_paise,
    forSale: r.for_sale === 1,
    forRent: r.for_rent === 1,
    onHand: r.on_hand_milli / 1e3,
    onHandMilli: r.on_hand_milli,
    status: r.status,
    unit: r.unit,
    craftId: r.craft_id,
    artisanId: r.artisan_id,
    barcode: r.barcode,
    lowStockMilli: r.low_stock_milli,
    lowStock: r.low_stock_milli > 0 && r.on_hand_milli <= r.low_stock_milli
  };
}

// src/core/catalog/handlers.ts
var KEY = {
  id: null,
  sku: "p.sku",
  name: "COALESCE(NULLIF(p.name_hi, ''), p.name_en)",
  price: "p.price_paise",
  onHand: "COALESCE(s.qty_milli, 0)"
};
function where(q2) {
  const w = ["p.status = @status"];
  if (q2.craftId !== void 0) w.push("p.craft_id = @craftId");
  if (q2.artisanId === "group") w.push("p.artisan_id IS NULL");
  else if (q2.artisanId !== void 0) w.push("p.artisan_id = @artisanId");
  if (q2.forRent !== void 0) w.push("p.for_rent = @forRent");
  if (q2.lowStockOnly) w.push("p.low_stock_milli > 0 AND COALESCE(s.qty_milli, 0) <= p.low_stock_milli");
  return `WHERE ${w.join(" AND ")}`;
}
function afterClause(sort) {
  const key = KEY[sort];
  return key === null ? "AND p.id > @afterId" : `AND ${key} >= @afterKey AND (${key} > @afterKey OR p.id > @afterId)`;
}
function pageSql(q2) {
  const w = where(q2);
  const key = KEY[q2.sort];
  const order = `ORDER BY ${key ? `${key}, ` : ""}p.id`;
  const stock = q2.lowStockOnly || q2.sort === "onHand" ? "LEFT JOIN stock_on_hand s ON s.product_id = p.id" : "";
  const ids = `SELECT p.id FROM products p ${stock} ${w} ${q2.after ? afterClause(q2.sort) : ""} ${order} LIMIT @limit OFFSET @offset`;
  const rows = `SELECT ${PRODUCT_ROW_COLUMNS}, ${key ?? "p.id"} AS sort_key FROM ${PRODUCT_ROW_FROM} WHERE p.id IN (${ids}) ${order}`;
  const first = q2.offset === 0 && !q2.after;
  const count = first ? `SELECT count(*) AS n FROM products p ${q2.lowStockOnly ? "LEFT JOIN stock_on_hand s ON s.product_id = p.id" : ""} ${w}` : null;
  return { ids, rows, count };
}
var catalogHandlers = {
  "catalog.page": (q2, { db }) => {
    const params = {
      status: q2.status,
      craftId: q2.craftId ?? null,
      artisanId: q2.artisanId === "group" ? null : q2.artisanId ?? null,
      forRent: q2.forRent === void 0 ? null : q2.forRent ? 1 : 0,
      limit: q2.limit,
      offset: q2.offset,
      afterKey: q2.after?.key ?? null,
      afterId: q2.after?.id ?? null
    };
    const sql = pageSql(q2);
    const rows = stmt(db, sql.rows).all(params);
    const total = sql.count === null ? null : stmt(db, sql.count).get(params).n;
    const last = rows.length === q2.limit ? rows[rows.length - 1] : void 0;
    const next = last ? { key: last.sort_key, id: last.id } : null;
    return { total, next, rows: rows.map(toProductRow) };
  }
};

// src/core/stock/units.ts
function isWholeUnit(unit) {
  return unit !== "metre";
}
function assertUnitQty(unit, qtyMilli2, path5) {
  if (!Number.isSafeInteger(qtyMilli2) || isWholeUnit(unit) && qtyMilli2 % 1e3 !== 0) {
    throw new AppError("INVALID_INPUT", { issues: [{ path: path5, code: "whole_units", message: "whole_units" }], unit });
  }
}

// src/core/catalog/barcode.ts
function ean13CheckDigit(first12) {
  let sum = 0;
  for (let i2 = 0; i2 < 12; i2++) sum += Number(first12[i2]) * (i2 % 2 === 0 ? 1 : 3);
  return (10 - sum % 10) % 10;
}
function inStoreBarcode(productId) {
  const body = `2${String(productId).padStart(11, "0")}`;
  if (body.length !== 12) throw new RangeError("product id too large for an in-store EAN-13");
  return body + ean13CheckDigit(body);
}

// src/core/catalog/products.ts
function getProduct(db, id2) {
  const r = stmt(
    db,
    `SELECT p.*, c.name_hi AS craft_hi, c.name_en AS craft_en, a.name_hi AS artisan_hi, a.name_en AS artisan_en,
            COALESCE(s.qty_milli, 0) AS on_hand,
            (SELECT json_group_array(code) FROM (SELECT code FROM barcodes WHERE product_id = p.id ORDER BY code)) AS barcodes
       FROM products p JOIN crafts c ON c.id = p.craft_id
       LEFT JOIN artisans a ON a.id = p.artisan_id
       LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.id = ?`
  ).get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "product", field: "id", id: id2 });
  return {
    id: r.id,
    uid: r.uid,
    sku: r.sku,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    craftId: r.craft_id,
    craftHi: r.craft_hi,
    craftEn: r.craft_en,
    artisanId: r.artisan_id,
    artisanHi: r.artisan_hi,
    artisanEn: r.artisan_en,
    pricePaise: r.price_paise,
    costPaise: r.cost_paise,
    commissionBps: r.commission_bps,
    artisanFixedPaise: r.artisan_fixed_paise,
    discountRule: r.discount_rule,
    hsn: r.hsn,
    gstRateBps: r.gst_rate_bps,
    unit: r.unit,
    forSale: r.for_sale === 1,
    forRent: r.for_rent === 1,
    status: r.status,
    lowStockMilli: r.low_stock_milli,
    onHandMilli: r.on_hand,
    barcodes: JSON.parse(r.barcodes ?? "[]"),
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
function checkRefs(db, p) {
  const craft = stmt(db, "SELECT code FROM crafts WHERE id = ?").get(p.craftId);
  if (!craft) throw new AppError("NOT_FOUND", { what: "craft", field: "craftId", id: p.craftId });
  if (p.artisanId !== null && !stmt(db, "SELECT 1 FROM artisans WHERE id = ?").get(p.artisanId)) {
    throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: p.artisanId });
  }
  assertUnitQty(p.unit, p.lowStockMilli, ["lowStockMilli"]);
  return craft.code;
}
function checkSkuFree(db, sku, selfId) {
  const other = stmt(db, "SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?").get(sku, selfId);
  if (other) throw new AppError("CONFLICT", { field: "sku", value: sku, productId: other.id });
  if (stmt(db, "SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE").get(sku)) throw new AppError("CONFLICT", { field: "sku", value: sku, reason: "pieceTag" });
}
function setBarcodes(db, productId, codes) {
  const wanted = codes.length ? codes : [inStoreBarcode(productId)];
  wanted.forEach((code2, i2) => {
    if (wanted.indexOf(code2) !== i2) throw new AppError("CONFLICT", { field: "barcodes", index: i2, value: code2 });
    const other = stmt(db, "SELECT product_id FROM barcodes WHERE code = ? AND product_id <> ?").get(code2, productId);
    if (other) throw new AppError("CONFLICT", { field: "barcodes", index: codes.length ? i2 : void 0, value: code2, productId: other.product_id });
    const sku = stmt(db, "SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?").get(code2, productId);
    if (sku) throw new AppError("CONFLICT", { field: "barcodes", index: i2, value: code2, productId: sku.id });
    if (stmt(db, "SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE").get(code2)) throw new AppError("CONFLICT", { field: "barcodes", index: i2, value: code2, reason: "pieceTag" });
  });
  stmt(db, "DELETE FROM barcodes WHERE product_id = ?").run(productId);
  for (const code2 of wanted) stmt(db, "INSERT INTO barcodes (code, product_id) VALUES (?, ?)").run(code2, productId);
}
var COLUMNS = `name_hi = @nameHi, name_en = @nameEn, craft_id = @craftId, artisan_id = @artisanId, price_paise = @pricePaise,
  cost_paise = @costPaise, commission_bps = @commissionBps, artisan_fixed_paise = @artisanFixedPaise, discount_rule = @discountRule, hsn = @hsn, gst_rate_bps = @gstRateBps, unit = @unit,
  for_sale = @forSale, for_rent = @forRent, low_stock_milli = @lowStockMilli, updated_at = @at`;
function bind2(p, at) {
  return { ...p, forSale: p.forSale ? 1 : 0, forRent: p.forRent ? 1 : 0, at: at.toISOString() };
}
function createProduct(db, p, at) {
  const craftCode = checkRefs(db, p);
  if (p.sku) checkSkuFree(db, p.sku, 0);
  const uid = v7_default();
  const id2 = Number(
    stmt(db, `INSERT INTO products (uid, sku, name_hi, name_en, craft_id, created_at, updated_at, price_paise) VALUES (?, ?, '-', '', ?, ?, ?, 0)`).run(
      uid,
      uid,
      p.craftId,
      at.toISOString(),
      at.toISOString()
    ).lastInsertRowid
  );
  let sku = p.sku;
  for (let n = 0; !sku; n++) {
    const made = `${craftCode}-${String(id2).padStart(4, "0")}${n ? `-${n}` : ""}`;
    if (!stmt(db, "SELECT 1 FROM products WHERE sku = ? COLLATE NOCASE").get(made)) sku = made;
  }
  stmt(db, `UPDATE products SET sku = @sku, ${COLUMNS} WHERE id = @id`).run({ ...bind2(p, at), sku, id: id2 });
  setBarcodes(db, id2, p.barcodes);
  return getProduct(db, id2);
}
function updateProduct(db, id2, p, at) {
  const before = getProduct(db, id2);
  checkRefs(db, { ...p, barcodes: [] });
  const sku = p.sku || before.sku;
  checkSkuFree(db, sku, id2);
  if (p.unit !== before.unit && stmt(db, "SELECT 1 FROM stock_movements WHERE product_id = ? LIMIT 1").get(id2)) {
    throw new AppError("CONFLICT", { field: "unit", reason: "stockMoved", productId: id2 });
  }
  stmt(db, `UPDATE products SET sku = @sku, ${COLUMNS} WHERE id = @id`).run({ ...bind2({ ...p, barcodes: [] }, at), sku, id: id2 });
  if (p.barcodes !== void 0) setBarcodes(db, id2, p.barcodes);
  return { before, after: getProduct(db, id2) };
}
function setProductStatus(db, id2, status, at) {
  const before = getProduct(db, id2);
  stmt(db, "UPDATE products SET status = ?, updated_at = ? WHERE id = ?").run(status, at.toISOString(), id2);
  return { before, after: getProduct(db, id2) };
}
function productIdByCode(db, code2) {
  const b = stmt(db, "SELECT product_id FROM barcodes WHERE code = ?").get(code2);
  if (b) return b.product_id;
  return stmt(db, "SELECT id FROM products WHERE sku = ? COLLATE NOCASE").get(code2)?.id ?? null;
}

// src/core/catalog/product-handlers.ts
var productHandlers = {
  "products.get": ({ id: id2 }, { db }) => getProduct(db, id2),
  "products.create": (input2, ctx) => {
    const after = createProduct(ctx.db, input2, ctx.now);
    ctx.auditDetails({ after });
    return after;
  },
  "products.update": ({ id: id2, ...input2 }, ctx) => {
    const { before, after } = updateProduct(ctx.db, id2, input2, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  "products.archive": ({ id: id2 }, ctx) => {
    const { before, after } = setProductStatus(ctx.db, id2, "archived", ctx.now);
    ctx.auditDetails({ before: before.status, after: after.status });
    return after;
  },
  "products.restore": ({ id: id2 }, ctx) => {
    const { before, after } = setProductStatus(ctx.db, id2, "active", ctx.now);
    ctx.auditDetails({ before: before.status, after: after.status });
    return after;
  }
};

// src/core/crafts/crafts.ts
var toCraft = (r) => ({ id: r.id, code: r.code, nameHi: r.name_hi, nameEn: r.name_en, sort: r.sort, active: r.active === 1 });
function getCraft(db, id2) {
  const r = stmt(db, "SELECT * FROM crafts WHERE id = ?").get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "craft", field: "id", id: id2 });
  return toCraft(r);
}
function listCrafts(db, includeInactive) {
  return stmt(db, "SELECT * FROM crafts WHERE active = 1 OR ? ORDER BY sort, id").all(includeInactive ? 1 : 0).map(toCraft);
}
function checkCodeFree(db, code2, selfId) {
  if (stmt(db, "SELECT 1 FROM crafts WHERE code = ? AND id <> ?").get(code2, selfId)) throw new AppError("CONFLICT", { field: "code", value: code2 });
}
function createCraft(db, c) {
  if (c.code) checkCodeFree(db, c.code, 0);
  const tmp = `~${Date.now()}-${Math.random()}`;
  const id2 = Number(
    stmt(db, "INSERT INTO crafts (code, name_hi, name_en, sort, active) VALUES (?, ?, ?, ?, ?)").run(c.code || tmp, c.nameHi, c.nameEn, c.sort, c.active ? 1 : 0).lastInsertRowid
  );
  if (!c.code) {
    let code2 = `CRAFT${id2}`;
    for (let n = 1; stmt(db, "SELECT 1 FROM crafts WHERE code = ?").get(code2); n++) code2 = `CRAFT${id2}-${n}`;
    stmt(db, "UPDATE crafts SET code = ? WHERE id = ?").run(code2, id2);
  }
  return getCraft(db, id2);
}
function updateCraft(db, id2, c) {
  const before = getCraft(db, id2);
  const code2 = c.code || before.code;
  checkCodeFree(db, code2, id2);
  stmt(db, "UPDATE crafts SET code = ?, name_hi = ?, name_en = ?, sort = ?, active = ? WHERE id = ?").run(code2, c.nameHi, c.nameEn, c.sort, c.active ? 1 : 0, id2);
  return { before, after: getCraft(db, id2) };
}

// src/core/crafts/handlers.ts
var craftsHandlers = {
  "crafts.list": ({ includeInactive }, { db }) => listCrafts(db, includeInactive),
  "crafts.create": (input2, ctx) => {
    const after = createCraft(ctx.db, input2);
    ctx.auditDetails({ after });
    return after;
  },
  "crafts.update": ({ id: id2, ...input2 }, ctx) => {
    const { before, after } = updateCraft(ctx.db, id2, input2);
    ctx.auditDetails({ before, after });
    return after;
  }
};

// src/core/context.ts
function caller(ctx) {
  if (!ctx.user) throw new Error("handler of a non-public method called without a user");
  return ctx.user;
}

// src/core/settings/handlers.ts
function readSettings(db) {
  const r = stmt(db, "SELECT * FROM shop_settings WHERE id = 1").get();
  if (!r) return null;
  return { shopName: r.shop_name, address: r.address, phone: r.phone, language: r.language, timeZone: r.time_zone, gstin: r.gstin, allowNegativeStock: r.allow_negative_stock === 1, updatedAt: r.updated_at };
}
function requireSettings(db) {
  const s = readSettings(db);
  if (!s) throw new AppError("NOT_SET_UP");
  return s;
}
function writeSettings(db, s, at) {
  const allow = s.allowNegativeStock === void 0 ? null : s.allowNegativeStock ? 1 : 0;
  stmt(
    db,
    `INSERT INTO shop_settings (id, shop_name, address, phone, language, time_zone, gstin, allow_negative_stock, updated_at)
     VALUES (1, @shopName, @address, @phone, @language, @timeZone, @gstin, COALESCE(@allow, 0), @updatedAt)
     ON CONFLICT(id) DO UPDATE SET shop_name = excluded.shop_name, address = excluded.address, phone = excluded.phone,
       language = excluded.language, time_zone = excluded.time_zone, gstin = excluded.gstin,
       allow_negative_stock = COALESCE(@allow, allow_negative_stock), updated_at = excluded.updated_at`
  ).run({ shopName: s.shopName, address: s.address, phone: s.phone, language: s.language, timeZone: s.timeZone, gstin: s.gstin, allow, updatedAt: at.toISOString() });
  return requireSettings(db);
}
var settingsHandlers = {
  "settings.get": (_i, { db }) => requireSettings(db),
  "settings.update": (input2, ctx) => {
    const before = requireSettings(ctx.db);
    const after = writeSettings(ctx.db, input2, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  }
};

// src/core/shop-day.ts
function shopZoneOf(db) {
  return stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? DEFAULT_TIME_ZONE;
}
var shopToday = (db, now) => businessDate(now, shopZoneOf(db));
var shopFileStamp = (db, now) => fileStamp(now, shopZoneOf(db));

// src/core/csv/table.ts
var import_papaparse = __toESM(require_papaparse(), 1);
var norm = (h) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");
function readCsv(text3, columns) {
  if (/[\uFFFD\u0000]/.test(text3)) throw new AppError("CSV_ENCODING", {});
  const parsed = import_papaparse.default.parse(text3.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0) throw new AppError("CSV_COLUMNS", { missing: columns.filter((c) => c.required).map((c) => c.key), unknown: [] });
  const byName = /* @__PURE__ */ new Map();
  for (const c of columns) for (const name2 of [c.key, ...c.aliases ?? []]) byName.set(norm(name2), c.key);
  const index = /* @__PURE__ */ new Map();
  const unknown2 = [];
  header.forEach((h, i2) => {
    const key = byName.get(norm(h));
    if (!key) unknown2.push(h);
    else if (index.has(key)) unknown2.push(h);
    else index.set(key, i2);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => c.key);
  if (unknown2.length || missing.length) throw new AppError("CSV_COLUMNS", { missing, unknown: unknown2 });
  const ragged = rows.findIndex((r) => r.length !== header.length);
  if (ragged >= 0) throw new AppError("CSV_COLUMNS", { missing: [], unknown: [], row: ragged + 2, cells: rows[ragged].length, expected: header.length });
  return { index, rows };
}
function cell(t, row2, key) {
  const i2 = t.index.get(key);
  return i2 === void 0 ? "" : unguard((row2[i2] ?? "").trim());
}
function unguard(v) {
  return /^'[=+\-@\t\r]/.test(v) && !/^'-\d+(\.\d+)?$/.test(v) ? v.slice(1) : v;
}
function inert(v) {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) && !/^-\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}
function writeCsv(headers, rows) {
  return "\uFEFF" + import_papaparse.default.unparse({ fields: headers, data: rows.map((r) => r.map(inert)) }, { newline: "\r\n" });
}

// src/core/csv/import.ts
var CellError = class extends Error {
  constructor(column, code2, value) {
    super(code2);
    this.column = column;
    this.code = code2;
    this.value = value;
  }
  column;
  code;
  value;
};
function rowErrors(e, row2, columnOf) {
  if (e instanceof CellError) return [{ row: row2, column: e.column, code: e.code, value: e.value }];
  const issueCode = (i2) => /^[a-z_]+$/.test(i2.message) ? i2.message : i2.code;
  if (e instanceof external_exports.ZodError) return e.issues.map((i2) => ({ row: row2, column: columnOf(String(i2.path[0] ?? "")), code: issueCode(i2) }));
  if (e instanceof AppError && e.code === "INVALID_INPUT" && e.details?.issues) {
    return e.details.issues.map((i2) => ({ row: row2, column: columnOf(String(i2.path[0] ?? "")), code: issueCode(i2) }));
  }
  if (e instanceof AppError) {
    const field = e.details?.field;
    const column = columnOf(Array.isArray(field) ? String(field[0]) : String(field ?? ""));
    const code2 = e.code === "CONFLICT" ? "duplicate" : e.code === "NOT_FOUND" ? "not_found" : e.code.toLowerCase();
    return [{ row: row2, column, code: code2, value: typeof e.details?.value === "string" ? e.details.value : void 0 }];
  }
  throw e;
}
function runImport(db, table, create, columnOf, preview) {
  const errors = [];
  let created = 0;
  const PREVIEW_DONE = /* @__PURE__ */ Symbol("preview");
  try {
    db.transaction(() => {
      table.rows.forEach((r, i2) => {
        try {
          db.transaction(() => create(r))();
          created += 1;
        } catch (e) {
          errors.push(...rowErrors(e, i2 + 2, columnOf));
        }
      });
      if (preview) throw PREVIEW_DONE;
    })();
  } catch (e) {
    if (e !== PREVIEW_DONE) throw e;
  }
  const report = { rows: table.rows.length, created, errors: errors.slice(0, 500), written: !preview && errors.length === 0 };
  if (!preview && errors.length) throw new AppError("IMPORT_REJECTED", { ...report, created: 0, written: false, errorCount: errors.length });
  return report;
}

// src/core/csv/values.ts
var YES = /* @__PURE__ */ new Set(["yes", "y", "true", "1", "\u0939\u093E\u0901", "\u0939\u093E\u0902", "ha", "haan"]);
var NO = /* @__PURE__ */ new Set(["no", "n", "false", "0", "\u0928\u0939\u0940\u0902", "\u0928\u0939\u0940", "nahi"]);
function yesNo(column, v, fallback) {
  if (v === "") return fallback;
  const s = v.toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  throw new CellError(column, "yes_no", v);
}
function rupees(column, v) {
  const p = parseRupees(v);
  if (p === null || p < 0) throw new CellError(column, "amount", v);
  return p;
}
function optionalRupees(column, v) {
  return v === "" ? null : rupees(column, v);
}
function percentBps(column, v) {
  if (v === "") return null;
  const bps2 = parseScaled(v.replace(/%$/, ""), 2);
  if (bps2 === null || bps2 < 0 || bps2 > 1e4) throw new CellError(column, "percent", v);
  return bps2;
}
function quantityMilli(column, v) {
  if (v === "") return 0;
  const q2 = parseScaled(v, 3);
  if (q2 === null || q2 < 0) throw new CellError(column, "quantity", v);
  return q2;
}
function codeList(v) {
  return v.split(/[;|\s]+/).filter(Boolean);
}
function formatRupees(paise2) {
  return paise2 === null ? "" : (paise2 / 100).toFixed(2);
}
function formatScaled(value, places) {
  if (value === null) return "";
  const s = (value / 10 ** places).toFixed(places);
  return places > 0 ? s.replace(/\.?0+$/, "") : s;
}

// src/core/csv/artisans-csv.ts
var ARTISAN_COLUMNS = [
  { key: "name_hi", aliases: ["\u0928\u093E\u092E", "hindi name"] },
  { key: "name_en", aliases: ["name", "english name"] },
  { key: "phone", aliases: ["mobile", "\u092B\u093C\u094B\u0928", "\u092B\u094B\u0928", "\u092E\u094B\u092C\u093E\u0907\u0932"] },
  { key: "village", aliases: ["address", "\u0917\u093E\u0901\u0935", "\u0917\u093E\u0902\u0935", "\u092A\u0924\u093E"] },
  { key: "upi_id", aliases: ["upi", "\u092F\u0942\u092A\u0940\u0906\u0908"] },
  { key: "bank_details", aliases: ["bank", "\u092C\u0948\u0902\u0915"] },
  { key: "commission_percent", required: true, aliases: ["commission", "\u0915\u092E\u0940\u0936\u0928"] },
  { key: "notes", aliases: ["\u091F\u093F\u092A\u094D\u092A\u0923\u0940"] },
  { key: "active", aliases: ["\u0938\u0915\u094D\u0930\u093F\u092F"] }
];
var FIELD_COLUMN = { nameHi: "name_hi", nameEn: "name_en", phone: "phone", village: "village", upiId: "upi_id", bankDetails: "bank_details", commissionBps: "commission_percent", notes: "notes", active: "active" };
var artisanColumnOf = (field) => FIELD_COLUMN[field] ?? field;
function importArtisanRow(db, t, r, at) {
  const get = (k) => cell(t, r, k);
  const commission = percentBps("commission_percent", get("commission_percent"));
  if (commission === null) throw new CellError("commission_percent", "required");
  createArtisan(
    db,
    artisanCreateInput.parse({
      nameHi: get("name_hi"),
      nameEn: get("name_en"),
      phone: get("phone"),
      village: get("village"),
      upiId: get("upi_id"),
      bankDetails: get("bank_details"),
      commissionBps: commission,
      notes: get("notes"),
      active: yesNo("active", get("active"), true)
    }),
    at
  );
}
function exportArtisanRows(db) {
  const out = [];
  for (const a of stmt(db, "SELECT * FROM artisans ORDER BY id").iterate()) {
    out.push([a.name_hi, a.name_en, a.phone, a.village, a.upi_id, a.bank_details, formatScaled(a.commission_bps, 2), a.notes, a.active ? "yes" : "no"]);
  }
  return out;
}

// src/core/stock/ledger.ts
var REMOVALS = /* @__PURE__ */ new Set(["sale", "rental_out", "return_to_artisan", "write_off"]);
var ADDITIONS = /* @__PURE__ */ new Set(["intake", "sale_return", "rental_in"]);
function productStock(db, productId) {
  return stmt(
    db,
    `SELECT p.id, p.sku, p.unit, p.status, COALESCE(s.qty_milli, 0) AS on_hand
       FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id WHERE p.id = ?`
  ).get(productId);
}
function allowNegativeStock(db) {
  return stmt(db, "SELECT allow_negative_stock AS v FROM shop_settings WHERE id = 1").get()?.v === 1;
}
function assertCanRemove(db, productId, qtyMilli2, path5 = ["qtyMilli"]) {
  const p = productStock(db, productId);
  if (!p) throw new AppError("NOT_FOUND", { what: "product", field: path5.slice(0, -1).concat("productId"), productId });
  if (qtyMilli2 <= p.on_hand || allowNegativeStock(db)) return;
  throw new AppError("INSUFFICIENT_STOCK", { field: path5, productId, sku: p.sku, onHandMilli: p.on_hand, requestedMilli: qtyMilli2 });
}
function recordMovement(db, m21) {
  const path5 = m21.path ?? ["qtyMilli"];
  const p = productStock(db, m21.productId);
  if (!p) throw new AppError("NOT_FOUND", { what: "product", field: path5.slice(0, -1).concat("productId"), productId: m21.productId });
  if (m21.qtyMilli === 0) throw new AppError("INVALID_INPUT", { issues: [{ path: path5, code: "too_small", message: "zero", minimum: 1 }] });
  assertUnitQty(p.unit, Math.abs(m21.qtyMilli), path5);
  if (REMOVALS.has(m21.kind) && m21.qtyMilli > 0 || ADDITIONS.has(m21.kind) && m21.qtyMilli < 0) {
    throw new Error(`a ${m21.kind} movement cannot have qty ${m21.qtyMilli}`);
  }
  if (REMOVALS.has(m21.kind) && -m21.qtyMilli > p.on_hand && !allowNegativeStock(db)) {
    throw new AppError("INSUFFICIENT_STOCK", { field: path5, productId: m21.productId, sku: p.sku, onHandMilli: p.on_hand, requestedMilli: -m21.qtyMilli });
  }
  const uid = v7_default();
  const r = stmt(
    db,
    `INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason, reference, ref_type, ref_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(uid, m21.productId, m21.qtyMilli, m21.kind, m21.unitPricePaise ?? null, m21.userId, m21.at.toISOString(), m21.reason ?? "", m21.reference ?? "", m21.refType ?? null, m21.refId ?? null);
  return { id: Number(r.lastInsertRowid), uid, onHandMilli: p.on_hand + m21.qtyMilli };
}
function ledgerSeq(db) {
  return stmt(db, "SELECT max(id) AS s FROM stock_movements").get()?.s ?? 0;
}

// src/core/csv/products-csv.ts
var PRODUCT_COLUMNS = [
  { key: "sku", aliases: ["code", "\u0915\u094B\u0921"] },
  { key: "barcodes", aliases: ["barcode", "\u092C\u093E\u0930\u0915\u094B\u0921"] },
  { key: "name_hi", aliases: ["\u0928\u093E\u092E", "hindi name", "\u0928\u093E\u092E (\u0939\u093F\u0902\u0926\u0940)"] },
  { key: "name_en", aliases: ["name", "english name", "\u0928\u093E\u092E (\u0905\u0902\u0917\u094D\u0930\u0947\u091C\u093C\u0940)"] },
  { key: "craft", required: true, aliases: ["category", "\u0936\u093F\u0932\u094D\u092A"] },
  { key: "artisan", aliases: ["owner", "\u0915\u093E\u0930\u0940\u0917\u0930"] },
  { key: "price", required: true, aliases: ["price_rs", "mrp", "\u0926\u093E\u092E", "\u0915\u0940\u092E\u0924"] },
  { key: "cost", aliases: ["\u0932\u093E\u0917\u0924"] },
  { key: "commission_percent", aliases: ["commission", "\u0915\u092E\u0940\u0936\u0928"] },
  { key: "artisan_fixed_price", aliases: ["fixed_share", "\u0924\u092F \u0939\u093F\u0938\u094D\u0938\u093E"] },
  { key: "discount_rule", aliases: ["\u091B\u0942\u091F \u0928\u093F\u092F\u092E"] },
  { key: "hsn" },
  { key: "gst_percent", aliases: ["gst", "\u091C\u0940\u090F\u0938\u091F\u0940"] },
  { key: "unit", aliases: ["\u0907\u0915\u093E\u0908"] },
  { key: "for_sale", aliases: ["\u092C\u093F\u0915\u094D\u0930\u0940"] },
  { key: "for_rent", aliases: ["\u0915\u093F\u0930\u093E\u092F\u093E"] },
  { key: "low_stock", aliases: ["\u0915\u092E \u0938\u094D\u091F\u0949\u0915"] },
  { key: "on_hand", aliases: ["qty", "quantity", "stock", "\u092E\u093E\u0924\u094D\u0930\u093E", "\u0938\u094D\u091F\u0949\u0915"] },
  { key: "status" }
];
var FIELD_COLUMN2 = {
  nameHi: "name_hi",
  nameEn: "name_en",
  craftId: "craft",
  artisanId: "artisan",
  pricePaise: "price",
  costPaise: "cost",
  commissionBps: "commission_percent",
  artisanFixedPaise: "artisan_fixed_price",
  discountRule: "discount_rule",
  hsn: "hsn",
  gstRateBps: "gst_percent",
  unit: "unit",
  forSale: "for_sale",
  forRent: "for_rent",
  lowStockMilli: "low_stock",
  sku: "sku",
  barcodes: "barcodes",
  qtyMilli: "on_hand"
};
var productColumnOf = (field) => FIELD_COLUMN2[field] ?? field;
function discountRule(v) {
  const s = v.toLowerCase();
  if (s === "" || s === "split" || s === "\u092C\u093E\u0901\u091F\u0915\u0930") return "split";
  if (s === "shop" || s === "\u0926\u0941\u0915\u093E\u0928") return "shop";
  throw new CellError("discount_rule", "discount_rule", v);
}
var UNIT_WORDS = { piece: "piece", pcs: "piece", pc: "piece", \u0928\u0917: "piece", pair: "pair", \u091C\u094B\u0921\u093C\u0940: "pair", set: "set", \u0938\u0947\u091F: "set", metre: "metre", meter: "metre", m: "metre", \u092E\u0940\u091F\u0930: "metre" };
function craftId(db, v) {
  const c = stmt(db, "SELECT id FROM crafts WHERE code = ? COLLATE NOCASE OR name_hi = ? OR name_en = ? COLLATE NOCASE").get(v, v, v);
  if (!c) throw new CellError("craft", v === "" ? "required" : "unknown_craft", v);
  return c.id;
}
function artisanIdByText(db, v, column = "artisan") {
  if (v === "") return null;
  const found = stmt(db, "SELECT id FROM artisans WHERE name_hi = ? OR name_en = ? COLLATE NOCASE OR phone = ? LIMIT 2").all(v, v, v);
  if (found.length === 0) throw new CellError(column, "unknown_artisan", v);
  if (found.length > 1) throw new CellError(column, "ambiguous", v);
  return found[0].id;
}
function importProductRow(db, t, r, userId, at) {
  const get = (k) => cell(t, r, k);
  const unitWord = get("unit").toLowerCase();
  const unit = unitWord === "" ? "piece" : UNIT_WORDS[unitWord];
  if (!unit) throw new CellError("unit", "unit", get("unit"));
  const input2 = productCreateInput.parse({
    sku: get("sku"),
    barcodes: codeList(get("barcodes")),
    nameHi: get("name_hi"),
    nameEn: get("name_en"),
    craftId: craftId(db, get("craft")),
    artisanId: artisanIdByText(db, get("artisan")),
    pricePaise: rupees("price", get("price")),
    costPaise: optionalRupees("cost", get("cost")),
    commissionBps: percentBps("commission_percent", get("commission_percent")),
    artisanFixedPaise: optionalRupees("artisan_fixed_price", get("artisan_fixed_price")),
    discountRule: discountRule(get("discount_rule")),
    hsn: get("hsn"),
    gstRateBps: percentBps("gst_percent", get("gst_percent")) ?? 0,
    unit,
    forSale: yesNo("for_sale", get("for_sale"), true),
    forRent: yesNo("for_rent", get("for_rent"), false),
    lowStockMilli: quantityMilli("low_stock", get("low_stock"))
  });
  const product = createProduct(db, input2, at);
  const qty3 = quantityMilli("on_hand", get("on_hand"));
  if (qty3 > 0) recordMovement(db, { productId: product.id, qtyMilli: qty3, kind: "intake", unitPricePaise: product.pricePaise, userId, at, reason: "CSV import", refType: "csv_import", path: ["qtyMilli"] });
}
function exportProductRows(db, includeArchived) {
  const q2 = stmt(
    db,
    `SELECT p.sku, (SELECT group_concat(code, ';') FROM barcodes b WHERE b.product_id = p.id) AS barcodes,
            p.name_hi, p.name_en, c.code AS craft, COALESCE(NULLIF(a.name_hi, ''), a.name_en) AS artisan, p.price_paise, p.cost_paise,
            p.commission_bps, p.artisan_fixed_paise, p.discount_rule, p.hsn, p.gst_rate_bps, p.unit, p.for_sale, p.for_rent, p.low_stock_milli,
            COALESCE(s.qty_milli, 0) AS on_hand, p.status
       FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN artisans a ON a.id = p.artisan_id
       LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.status = 'active' OR ? = 1 ORDER BY p.id`
  );
  const out = [];
  for (const r of q2.iterate(includeArchived ? 1 : 0)) {
    out.push([
      r.sku,
      r.barcodes ?? "",
      r.name_hi,
      r.name_en,
      r.craft,
      r.artisan ?? "",
      formatRupees(r.price_paise),
      formatRupees(r.cost_paise),
      formatScaled(r.commission_bps, 2),
      formatRupees(r.artisan_fixed_paise),
      r.discount_rule,
      r.hsn,
      formatScaled(r.gst_rate_bps, 2),
      r.unit,
      r.for_sale ? "yes" : "no",
      r.for_rent ? "yes" : "no",
      formatScaled(r.low_stock_milli, 3),
      formatScaled(r.on_hand, 3),
      r.status
    ]);
  }
  return out;
}

// src/core/csv/count-sheet.ts
var HEADERS = ["sku", "name_hi", "name_en", "unit", "price", "expected", "counted", "difference", "difference_value"];
function countSheetCsv(c) {
  const rows = c.lines.map((l) => [
    l.sku,
    l.nameHi,
    l.nameEn,
    l.unit,
    formatRupees(l.pricePaise),
    formatScaled(l.expectedMilli, 3),
    l.countedMilli === null ? "" : formatScaled(l.countedMilli, 3),
    l.varianceMilli === null ? "" : formatScaled(l.varianceMilli, 3),
    l.varianceValuePaise === null ? "" : formatRupees(l.varianceValuePaise)
  ]);
  rows.push(["TOTAL", "", "", "", "", "", "", "", formatRupees(c.varianceValuePaise)]);
  return writeCsv(HEADERS, rows);
}

// src/core/payouts/statement.ts
function statement(db, artisanId, from, to) {
  if (!stmt(db, "SELECT 1 FROM artisans WHERE id = ?").get(artisanId)) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: artisanId });
  if (from > to) throw new AppError("INVALID_INPUT", { issues: [{ path: ["to"], code: "custom", message: "date_order" }] });
  const tz = stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? "Asia/Kolkata";
  const [start, end] = [dayStartUtc(from, tz), dayStartUtc(nextDate(to), tz)];
  const mv = stmt(
    db,
    `SELECT m.kind, COALESCE(sum(m.qty_milli), 0) AS qty, COALESCE(sum(m.qty_milli * COALESCE(m.unit_price_paise, 0) / 1000), 0) AS value
       FROM stock_movements m JOIN products p ON p.id = m.product_id
      WHERE p.artisan_id = ? AND m.at >= ? AND m.at < ? GROUP BY m.kind`
  ).all(artisanId, start, end);
  const q2 = (kind) => mv.find((m21) => m21.kind === kind) ?? { qty: 0, value: 0 };
  const sales = stmt(
    db,
    `SELECT COALESCE(sum(qty_milli), 0) AS qty, COALESCE(sum(net_paise), 0) AS amount FROM artisan_daily WHERE artisan_id = ? AND business_date BETWEEN ? AND ?`
  ).get(artisanId, from, to);
  const onHand = stmt(
    db,
    `SELECT COALESCE(sum(s.qty_milli), 0) AS qty, COALESCE(sum(s.qty_milli * p.price_paise / 1000), 0) AS value
       FROM products p JOIN stock_on_hand s ON s.product_id = p.id WHERE p.artisan_id = ?`
  ).get(artisanId);
  const account = stmt(
    db,
    `SELECT kind, COALESCE(sum(amount_paise), 0) AS amount FROM artisan_ledger WHERE artisan_id = ? AND at >= ? AND at < ? GROUP BY kind`
  ).all(artisanId, start, end);
  const a = (...kinds) => account.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.amount, 0);
  const opening = stmt(db, "SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ? AND at < ?").get(artisanId, start).b;
  const net = a("accrual", "reversal", "payout", "payout_reversal", "adjustment");
  return {
    artisanId,
    from,
    to,
    receivedMilli: q2("intake").qty,
    receivedValuePaise: q2("intake").value,
    soldMilli: sales.qty,
    salesPaise: sales.amount,
    returnedByCustomersMilli: q2("sale_return").qty,
    returnedToHerMilli: -q2("return_to_artisan").qty,
    onHandMilli: onHand.qty,
    onHandValuePaise: onHand.value,
    earnedPaise: a("accrual", "reversal"),
    paidPaise: -a("payout", "payout_reversal"),
    adjustmentsPaise: a("adjustment"),
    openingBalancePaise: opening,
    closingBalancePaise: opening + net
  };
}

// src/core/csv/statement-csv.ts
function statementCsv(db, artisanId, from, to) {
  const lines2 = stmt(
    db,
    `SELECT s.business_date, s.bill_no, l.name_hi, l.name_en, l.qty_milli, l.net_paise, l.artisan_share_paise,
            (SELECT COALESCE(sum(r.qty_milli), 0) FROM sale_return_lines r WHERE r.sale_line_id = l.id) AS returned_milli
       FROM sale_lines l JOIN sales s ON s.id = l.sale_id
      WHERE l.artisan_id = ? AND s.business_date BETWEEN ? AND ? ORDER BY s.id, l.line_no`
  ).all(artisanId, from, to);
  const st = statement(db, artisanId, from, to);
  const rows = lines2.map((l) => [
    l.business_date,
    l.bill_no,
    l.name_hi,
    l.name_en,
    formatScaled(l.qty_milli, 3),
    formatRupees(l.net_paise),
    formatRupees(l.net_paise - l.artisan_share_paise),
    formatRupees(l.artisan_share_paise),
    formatScaled(l.returned_milli, 3)
  ]);
  const total = (label, paise2) => ["", "", label, "", "", "", "", formatRupees(paise2), ""];
  rows.push(
    total("opening balance", st.openingBalancePaise),
    total("earned", st.earnedPaise),
    total("paid", -st.paidPaise),
    total("adjustments", st.adjustmentsPaise),
    total("closing balance", st.closingBalancePaise)
  );
  return { csv: writeCsv(["date", "bill_no", "item_hi", "item_en", "qty", "sale_price", "shop_share", "her_share", "returned_qty"], rows), rows: lines2.length };
}

// src/core/stock/counts.ts
var IN_SCOPE = `(@scope = 'all' OR (@scope = 'craft' AND p.craft_id = @craftId) OR (@scope = 'artisan' AND p.artisan_id = @artisanId))`;
var SINCE = `FROM stock_movements m WHERE m.product_id = l.product_id AND m.id > c.start_seq AND NOT (m.ref_type = 'count' AND m.ref_id = c.uid)`;
function countRow(db, id2) {
  const c = stmt(db, "SELECT c.*, u.name AS started_by_name FROM stock_counts c JOIN users u ON u.id = c.started_by WHERE c.id = ?").get(id2);
  if (!c) throw new AppError("NOT_FOUND", { what: "count", field: "id", id: id2 });
  return c;
}
function openCount(db, id2) {
  const c = countRow(db, id2);
  if (c.status !== "open") throw new AppError("COUNT_CLOSED", { id: id2, status: c.status });
  return c;
}
function toLine(r) {
  const counted = r.counted_milli;
  const expected = r.expected_milli + (counted === null ? r.since_start : r.to_count);
  const variance = counted === null ? null : counted - expected;
  return {
    productId: r.product_id,
    sku: r.sku,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    unit: r.unit,
    pricePaise: r.price_paise,
    snapshotMilli: r.expected_milli,
    sinceStartMilli: r.since_start,
    countedMilli: counted,
    expectedMilli: expected,
    varianceMilli: variance,
    varianceValuePaise: variance === null ? null : mulDivRound(r.price_paise, variance, 1e3)
  };
}
function lines(db, countId, productId = null) {
  return stmt(
    db,
    `SELECT l.product_id, p.sku, p.name_hi, p.name_en, p.unit, p.price_paise, l.expected_milli, l.counted_milli,
            COALESCE((SELECT sum(m.qty_milli) ${SINCE}), 0) AS since_start,
            COALESCE((SELECT sum(m.qty_milli) ${SINCE} AND m.id <= l.counted_seq), 0) AS to_count
       FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id JOIN products p ON p.id = l.product_id
      WHERE l.count_id = @countId AND (@productId IS NULL OR l.product_id = @productId)
      ORDER BY p.craft_id, p.sku`
  ).all({ countId, productId }).map(toLine);
}
function summary(c, ls) {
  return {
    id: c.id,
    uid: c.uid,
    scope: c.scope,
    craftId: c.craft_id,
    artisanId: c.artisan_id,
    status: c.status,
    note: c.note,
    startedAt: c.started_at,
    startedBy: c.started_by_name,
    closedAt: c.closed_at,
    reason: c.reason,
    lines: ls,
    countedLines: ls.filter((l) => l.countedMilli !== null).length,
    varianceValuePaise: ls.reduce((s, l) => s + (l.varianceValuePaise ?? 0), 0)
  };
}
function getCount(db, id2) {
  const c = countRow(db, id2);
  return summary(c, lines(db, id2));
}
function listCounts(db, status, limit) {
  const ids = stmt(db, "SELECT id FROM stock_counts WHERE @status IS NULL OR status = @status ORDER BY id DESC LIMIT @limit").all({ status: status ?? null, limit });
  return ids.map(({ id: id2 }) => {
    const { lines: _l, ...rest } = getCount(db, id2);
    return rest;
  });
}
function startCount(db, s, userId, at) {
  const craftId2 = s.scope === "craft" ? s.craftId : null;
  const artisanId = s.scope === "artisan" ? s.artisanId : null;
  if (craftId2 !== null && !stmt(db, "SELECT 1 FROM crafts WHERE id = ?").get(craftId2)) throw new AppError("NOT_FOUND", { what: "craft", field: "craftId", id: craftId2 });
  if (artisanId !== null && !stmt(db, "SELECT 1 FROM artisans WHERE id = ?").get(artisanId)) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: artisanId });
  const id2 = Number(
    stmt(db, "INSERT INTO stock_counts (uid, scope, craft_id, artisan_id, start_seq, started_at, started_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
      v7_default(),
      s.scope,
      craftId2,
      artisanId,
      ledgerSeq(db),
      at.toISOString(),
      userId,
      s.note
    ).lastInsertRowid
  );
  stmt(
    db,
    `INSERT INTO stock_count_lines (count_id, product_id, expected_milli)
     SELECT @id, p.id, COALESCE(s.qty_milli, 0) FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE ${IN_SCOPE} AND (p.status = 'active' OR COALESCE(s.qty_milli, 0) <> 0)`
  ).run({ id: id2, scope: s.scope, craftId: craftId2, artisanId });
  return getCount(db, id2);
}
function ensureLine(db, c, productId, field) {
  if (stmt(db, "SELECT 1 FROM stock_count_lines WHERE count_id = ? AND product_id = ?").get(c.id, productId)) return;
  const inScope = stmt(db, `SELECT 1 FROM products p WHERE p.id = @productId AND ${IN_SCOPE}`).get({ productId, scope: c.scope, craftId: c.craft_id, artisanId: c.artisan_id });
  if (!inScope) throw new AppError("CONFLICT", { field, reason: "outOfScope", productId });
  const atStart = stmt(db, "SELECT sum(qty_milli) AS q FROM stock_movements WHERE product_id = ? AND id <= ?").get(productId, c.start_seq)?.q ?? 0;
  stmt(db, "INSERT INTO stock_count_lines (count_id, product_id, expected_milli) VALUES (?, ?, ?)").run(c.id, productId, atStart);
}
function unitOf(db, productId, field) {
  const p = stmt(db, "SELECT unit FROM products WHERE id = ?").get(productId);
  if (!p) throw new AppError("NOT_FOUND", { what: "product", field, id: productId });
  return p.unit;
}
function enter(db, countId, productId, qtyMilli2, mode2, field, userId, at) {
  const c = openCount(db, countId);
  assertUnitQty(unitOf(db, productId, field.product), qtyMilli2, [field.qty]);
  ensureLine(db, c, productId, field.product);
  stmt(
    db,
    `UPDATE stock_count_lines SET counted_milli = CASE WHEN @add THEN COALESCE(counted_milli, 0) + @qty ELSE @qty END,
       counted_seq = @seq, counted_at = @at, counted_by = @userId WHERE count_id = @countId AND product_id = @productId`
  ).run({ add: mode2 === "add" ? 1 : 0, qty: qtyMilli2, seq: ledgerSeq(db), at: at.toISOString(), userId, countId, productId });
  return lines(db, countId, productId)[0];
}
function scanCount(db, countId, code2, qtyMilli2, userId, at) {
  openCount(db, countId);
  const productId = productIdByCode(db, code2);
  if (productId === null) throw new AppError("NOT_FOUND", { what: "product", field: "code", code: code2 });
  return enter(db, countId, productId, qtyMilli2, "add", { product: "code", qty: "qtyMilli" }, userId, at);
}
function setCount(db, countId, productId, countedMilli, userId, at) {
  return enter(db, countId, productId, countedMilli, "set", { product: "productId", qty: "countedMilli" }, userId, at);
}
function postCount(db, countId, reason2, uncounted, userId, at) {
  const c = openCount(db, countId);
  if (uncounted === "zero") {
    stmt(db, `UPDATE stock_count_lines SET counted_milli = 0, counted_seq = ?, counted_at = ?, counted_by = ? WHERE count_id = ? AND counted_milli IS NULL`).run(
      ledgerSeq(db),
      at.toISOString(),
      userId,
      countId
    );
  }
  for (const [i2, l] of lines(db, countId).entries()) {
    if (l.varianceMilli === null || l.varianceMilli === 0) continue;
    if (l.varianceMilli < 0) assertCanRemove(db, l.productId, -l.varianceMilli, ["lines", i2, "countedMilli"]);
    recordMovement(db, {
      productId: l.productId,
      qtyMilli: l.varianceMilli,
      kind: "count_adjustment",
      unitPricePaise: l.pricePaise,
      userId,
      at,
      reason: reason2,
      refType: "count",
      refId: c.uid
    });
  }
  stmt(db, `UPDATE stock_counts SET status = 'posted', closed_at = ?, closed_by = ?, reason = ? WHERE id = ?`).run(at.toISOString(), userId, reason2, countId);
  return getCount(db, countId);
}
function cancelCount(db, countId, reason2, userId, at) {
  openCount(db, countId);
  stmt(db, `UPDATE stock_counts SET status = 'cancelled', closed_at = ?, closed_by = ?, reason = ? WHERE id = ?`).run(at.toISOString(), userId, reason2, countId);
  return getCount(db, countId);
}

// src/core/csv/handlers.ts
var keys = (cols) => cols.map((c) => c.key);
var csvHandlers = {
  "csv.previewProducts": ({ csv }, ctx) => {
    const t = readCsv(csv, PRODUCT_COLUMNS);
    return runImport(ctx.db, t, (r) => importProductRow(ctx.db, t, r, caller(ctx).id, ctx.now), productColumnOf, true);
  },
  "csv.importProducts": ({ csv }, ctx) => {
    const t = readCsv(csv, PRODUCT_COLUMNS);
    const report = runImport(ctx.db, t, (r) => importProductRow(ctx.db, t, r, caller(ctx).id, ctx.now), productColumnOf, false);
    ctx.auditDetails({ input: { csvBytes: csv.length }, rows: report.rows });
    return report;
  },
  "csv.previewArtisans": ({ csv }, ctx) => {
    const t = readCsv(csv, ARTISAN_COLUMNS);
    return runImport(ctx.db, t, (r) => importArtisanRow(ctx.db, t, r, ctx.now), artisanColumnOf, true);
  },
  "csv.importArtisans": ({ csv }, ctx) => {
    const t = readCsv(csv, ARTISAN_COLUMNS);
    const report = runImport(ctx.db, t, (r) => importArtisanRow(ctx.db, t, r, ctx.now), artisanColumnOf, false);
    ctx.auditDetails({ input: { csvBytes: csv.length }, rows: report.rows });
    return report;
  },
  "csv.exportProducts": ({ includeArchived }, { db, now }) => {
    const rows = exportProductRows(db, includeArchived);
    return { fileName: `catalog-${businessDate(now, requireSettings(db).timeZone)}.csv`, csv: writeCsv(keys(PRODUCT_COLUMNS), rows), rows: rows.length };
  },
  "csv.exportArtisans": (_i, { db, now }) => {
    const rows = exportArtisanRows(db);
    return { fileName: `artisans-${businessDate(now, requireSettings(db).timeZone)}.csv`, csv: writeCsv(keys(ARTISAN_COLUMNS), rows), rows: rows.length };
  },
  "csv.exportStatement": ({ artisanId, from, to }, { db }) => {
    const { csv, rows } = statementCsv(db, artisanId, from, to);
    return { fileName: `statement-${artisanId}-${from}-${to}.csv`, csv, rows };
  },
  "csv.exportCount": ({ id: id2 }, { db }) => {
    const c = getCount(db, id2);
    return { fileName: `count-${c.id}-${businessDate(new Date(c.startedAt), shopZoneOf(db))}.csv`, csv: countSheetCsv(c), rows: c.lines.length };
  }
};

// src/printing/format.ts
function bi(hi, en, lang2) {
  return lang2 === "hi" ? `${hi} / ${en}` : en;
}
function itemName(nameHi, nameEn, lang2) {
  if (!nameHi || !nameEn) return nameHi || nameEn;
  return lang2 === "hi" ? `${nameHi} / ${nameEn}` : `${nameEn} / ${nameHi}`;
}
function money2(paise2, lang2) {
  return formatINR(paise2, lang2);
}
function minus(paise2, lang2) {
  return paise2 === 0 ? money2(0, lang2) : `-${money2(Math.abs(paise2), lang2)}`;
}
function qty2(qtyMilli2) {
  const sign = qtyMilli2 < 0 ? "-" : "";
  const abs = Math.abs(qtyMilli2);
  const whole = Math.floor(abs / 1e3);
  const frac = String(abs % 1e3).padStart(3, "0").replace(/0+$/, "");
  return `${sign}${whole}${frac ? `.${frac}` : ""}`;
}
function percent(bps2) {
  return `${qty2(bps2 * 10)}%`;
}
var dtf = /* @__PURE__ */ new Map();
function fmt(tz, withTime) {
  const key = `${tz}|${withTime}`;
  let f = dtf.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: tz,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      ...withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}
    });
    dtf.set(key, f);
  }
  return f;
}
function dateTime(iso, tz = DEFAULT_TIME_ZONE) {
  return fmt(tz, true).format(new Date(iso)).replace(",", "");
}
function day(date10) {
  const [y, m21, d] = date10.split("-");
  return `${d}/${m21}/${y}`;
}
var WEEKDAYS_HI = ["\u0930\u0935\u093F\u0935\u093E\u0930", "\u0938\u094B\u092E\u0935\u093E\u0930", "\u092E\u0902\u0917\u0932\u0935\u093E\u0930", "\u092C\u0941\u0927\u0935\u093E\u0930", "\u0917\u0941\u0930\u0941\u0935\u093E\u0930", "\u0936\u0941\u0915\u094D\u0930\u0935\u093E\u0930", "\u0936\u0928\u093F\u0935\u093E\u0930"];
var WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function dayWithWeekday(date10, lang2) {
  const wd = (/* @__PURE__ */ new Date(`${date10}T00:00:00Z`)).getUTCDay();
  return `${day(date10)} ${(lang2 === "hi" ? WEEKDAYS_HI : WEEKDAYS_EN)[wd]}`;
}
var METHOD = {
  cash: { hi: "\u0928\u0915\u0926", en: "Cash" },
  upi: { hi: "\u092F\u0942\u092A\u0940\u0906\u0908", en: "UPI" },
  card: { hi: "\u0915\u093E\u0930\u094D\u0921", en: "Card" },
  bank: { hi: "\u092C\u0948\u0902\u0915", en: "Bank" }
};
function methodLabel(m21, lang2) {
  const l = METHOD[m21] ?? { hi: m21, en: m21 };
  return bi(l.hi, l.en, lang2);
}

// src/printing/docs/label.ts
function priceLabel(l) {
  const name2 = l.lang === "hi" ? [l.nameHi || l.nameEn, l.nameEn] : [l.nameEn || l.nameHi, l.nameHi];
  const out = [center(l.shopName, { size: "small", bold: true }), center(name2[0] ?? "", { bold: true })];
  if (name2[1] && name2[1] !== name2[0]) out.push(center(name2[1], { size: "small" }));
  out.push(center(money2(l.pricePaise, l.lang), { size: "huge", bold: true }));
  out.push({ kind: "barcode", data: l.barcode, height: 70 });
  const meta3 = [l.sku, l.craft, l.artisan].filter(Boolean).join(" \xB7 ");
  if (meta3) out.push(center(meta3, { size: "small" }));
  out.push(cut());
  return out;
}

// src/core/labels/handlers.ts
var MAX_LABELS = LABEL_SHEET.cols * LABEL_SHEET.rows * 20;
function labelData(db, productId, index, lang2, shopName) {
  const r = stmt(
    db,
    `SELECT p.name_hi, p.name_en, p.price_paise, p.sku, c.name_hi AS craft_hi, c.name_en AS craft_en,
            (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode,
            COALESCE(NULLIF(a.name_hi, ''), a.name_en) AS artisan
       FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id = ?`
  ).get(productId);
  if (!r) throw new AppError("NOT_FOUND", { what: "product", field: ["items", index, "productId"], productId });
  return {
    lang: lang2,
    shopName,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    pricePaise: r.price_paise,
    barcode: r.barcode ?? r.sku,
    sku: r.sku,
    craft: lang2 === "hi" ? r.craft_hi : r.craft_en,
    artisan: r.artisan ?? void 0
  };
}
var labelsHandlers = {
  "labels.exportPdf": async ({ items, lang: lang2 }, ctx) => {
    const total = items.reduce((s, i2) => s + i2.copies, 0);
    if (total > MAX_LABELS) throw new AppError("INVALID_INPUT", { issues: [{ path: ["items"], code: "too_big", message: "too_big", maximum: MAX_LABELS }] });
    const labels = ctx.read((db) => {
      const shopName = requireSettings(db).shopName;
      return items.map((i2, n) => ({ data: labelData(db, i2.productId, n, lang2, shopName), copies: i2.copies }));
    });
    const [{ renderBlocks }, { labelSheetPdf }] = await Promise.all([import("./chunks/raster-2WB2ZEUI.mjs"), import("./chunks/pdf-W37MTCFZ.mjs")]);
    const pngs = [];
    for (const l of labels) {
      const png = await renderBlocks(priceLabel(l.data), "58mm");
      for (let c = 0; c < l.copies; c++) pngs.push(png);
    }
    const pdf = await labelSheetPdf(pngs, "Price labels");
    const perPage = LABEL_SHEET.cols * LABEL_SHEET.rows;
    return { fileName: `labels-${shopToday(ctx.db, ctx.now)}.pdf`, pdfBase64: pdf.toString("base64"), pages: Math.ceil(total / perPage), labels: total };
  }
};

// src/core/photos/image.ts
function sniff(b) {
  if (b.length > 8 && b.readUInt32BE(0) === 2303741511) return "image/png";
  if (b.length > 3 && b[0] === 255 && b[1] === 216 && b[2] === 255) return "image/jpeg";
  if (b.length > 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "image/webp";
  return null;
}
var badPhoto = (field, code2) => new AppError("INVALID_INPUT", { issues: [{ path: [field], code: code2, message: code2 }] });
function checkPhoto(base643, opts = {}) {
  const field = opts.field ?? "base64";
  const bytes = Buffer.from(base643, "base64");
  if (bytes.length > MAX_PHOTO_BYTES) throw badPhoto(field, "photo_too_big");
  const mime = sniff(bytes);
  if (!mime) throw badPhoto(field, "photo_type");
  if (opts.claimed && opts.claimed !== mime) throw badPhoto("mime", "photo_type");
  return { bytes, mime };
}

// src/core/photos/handlers.ts
var photosHandlers = {
  "photos.get": ({ productId }, { db }) => {
    const r = stmt(db, "SELECT mime, bytes FROM product_photos WHERE product_id = ?").get(productId);
    return r ? { mime: r.mime, base64: r.bytes.toString("base64") } : null;
  },
  "photos.set": ({ productId, base64: base643 }, ctx) => {
    getProduct(ctx.db, productId);
    if (base643 === "") {
      stmt(ctx.db, "DELETE FROM product_photos WHERE product_id = ?").run(productId);
      ctx.auditDetails({ input: { productId, removed: true } });
      return null;
    }
    const { bytes, mime } = checkPhoto(base643);
    stmt(
      ctx.db,
      `INSERT INTO product_photos (product_id, mime, bytes, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(product_id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`
    ).run(productId, mime, bytes, ctx.now.toISOString());
    ctx.auditDetails({ input: { productId, mime, bytes: bytes.length } });
    return null;
  }
};

// src/core/sales/pricing.ts
function taxableOf(amountPaise, rateBps) {
  return rateBps > 0 ? mulDivRound(amountPaise, BPS_100_PERCENT, BPS_100_PERCENT + rateBps) : amountPaise;
}
function gstSplit(amountPaise, rateBps) {
  const taxable = taxableOf(amountPaise, rateBps);
  const [cgst, sgst] = allocate(amountPaise - taxable, [1, 1]);
  return { taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst };
}
function discountOf(d, base, field) {
  if (!d) return 0;
  const amount = d.kind === "amount" ? d.paise : applyBps(base, d.bps);
  if (amount > base) throw new AppError("INVALID_INPUT", { issues: [{ path: field, code: "too_big", message: "discount_too_big", maximum: base }] });
  return amount;
}
function priceBill(lines2, billDiscount, gstOn2) {
  const gross = lines2.map((l) => mulDivRound(l.qtyMilli, l.unitPricePaise, 1e3));
  const lineDisc = lines2.map((l, i2) => discountOf(l.discount, gross[i2], ["lines", i2, "discount"]));
  const afterLine = gross.map((g, i2) => g - lineDisc[i2]);
  const subtotal = afterLine.reduce((s, v) => s + v, 0);
  const billDisc = discountOf(billDiscount, subtotal, ["billDiscount"]);
  const billShares = allocate(billDisc, afterLine);
  const priced = lines2.map((l, i2) => {
    const net = afterLine[i2] - billShares[i2];
    const rate = gstOn2 ? l.gstRateBps : 0;
    const exTax = (v) => taxableOf(v, rate);
    const { taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst } = gstSplit(net, rate);
    let artisanShare = 0;
    if (l.commissionBps !== null) {
      const base = l.discountRule === "shop" ? exTax(gross[i2]) : taxable;
      const hers = l.artisanFixedPaise != null ? mulDivRound(l.qtyMilli, l.artisanFixedPaise, 1e3) : base - applyBps(base, l.commissionBps);
      artisanShare = Math.min(hers, taxable);
    }
    return { grossPaise: gross[i2], lineDiscountPaise: lineDisc[i2], billDiscountPaise: billShares[i2], netPaise: net, taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst, artisanSharePaise: artisanShare };
  });
  const sum = (f) => priced.reduce((s, l) => s + f(l), 0);
  return {
    lines: priced,
    grossPaise: sum((l) => l.grossPaise),
    discountPaise: sum((l) => l.lineDiscountPaise + l.billDiscountPaise),
    totalPaise: sum((l) => l.netPaise),
    taxPaise: sum((l) => l.cgstPaise + l.sgstPaise)
  };
}

// src/core/sales/bill-number.ts
function nextSeq(db, counter, date10) {
  const fy = financialYear(date10);
  const seq = stmt(
    db,
    `INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, 1)
       ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`
  ).get(fy, counter).last_seq;
  return { fy, seq };
}
function nextBillNo(db, prefix, counter, date10) {
  const { fy, seq } = nextSeq(db, counter, date10);
  return { billNo: `${prefix}/${fy}/${counter}-${String(seq).padStart(6, "0")}`, fy, seq };
}

// src/core/sales/payments.ts
function exactPayments(payments, duePaise, details, field = "payments") {
  const paid = payments.reduce((s, p) => s + p.amountPaise, 0);
  if (paid !== duePaise) throw new AppError("PAYMENT_MISMATCH", { field, paidPaise: paid, ...details });
  return payments.map((p, i2) => {
    if (p.tenderedPaise !== void 0 && p.method !== "cash") throw new AppError("INVALID_INPUT", { issues: [{ path: [field, i2, "tenderedPaise"], code: "custom", message: "cash_only" }] });
    if (p.tenderedPaise !== void 0 && p.tenderedPaise < p.amountPaise) {
      throw new AppError("INVALID_INPUT", { issues: [{ path: [field, i2, "tenderedPaise"], code: "too_small", message: "tendered_short", minimum: p.amountPaise }] });
    }
    return { ...p, changePaise: p.tenderedPaise === void 0 ? 0 : p.tenderedPaise - p.amountPaise };
  });
}
function drawer(db, m21) {
  if (m21.amountPaise === 0) return;
  stmt(db, "INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
    v7_default(),
    m21.kind,
    m21.amountPaise,
    m21.businessDate,
    m21.at,
    m21.userId,
    m21.refType,
    m21.refId
  );
}

// src/core/sales/checkout.ts
var isManager = (role) => role === "manager" || role === "owner";
function shareRule(p, commission) {
  if (p.artisan_id === null) return "";
  return p.artisan_fixed_paise !== null ? `fixed:${p.artisan_fixed_paise}:${p.discount_rule}` : `percent:${commission ?? 0}:${p.discount_rule}`;
}
function approverOf(db, input2, now) {
  if (!input2.approval) return null;
  const u = checkPin(db, input2.approval.userId, input2.approval.pin, now, "approval");
  if (!isManager(u.role)) throw new AppError("FORBIDDEN", { field: ["approval", "userId"], reason: "approver" });
  return u;
}
function checkout(db, input2, cashier, now, opts = {}) {
  const approver = opts.approver !== void 0 ? opts.approver : approverOf(db, input2, now);
  const shop = stmt(db, "SELECT time_zone, gstin, bill_prefix, counter_code, cashier_discount_limit_bps FROM shop_settings WHERE id = 1").get();
  if (!shop) throw new AppError("NOT_SET_UP");
  const allowed = isManager(cashier.role) || approver !== null;
  const products = input2.lines.map((l, i2) => {
    const p = stmt(
      db,
      `SELECT p.*, a.commission_bps AS artisan_commission_bps FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id = ?`
    ).get(l.productId);
    const field = ["lines", i2, "productId"];
    if (!p) throw new AppError("NOT_FOUND", { what: "product", field, id: l.productId });
    if (p.status !== "active") throw new AppError("PRODUCT_ARCHIVED", { field, id: p.id, sku: p.sku });
    if (p.for_sale !== 1) throw new AppError("NOT_FOR_SALE", { field, id: p.id, sku: p.sku });
    if (l.expectedPricePaise !== p.price_paise) throw new AppError("PRICE_CHANGED", { field: ["lines", i2, "expectedPricePaise"], id: p.id, sku: p.sku, pricePaise: p.price_paise });
    if (l.priceOverridePaise !== void 0 && l.priceOverridePaise !== p.price_paise && !allowed) {
      throw new AppError("APPROVAL_REQUIRED", { reason: "priceOverride", field: ["lines", i2, "priceOverridePaise"] });
    }
    return p;
  });
  const gstOn2 = shop.gstin !== "";
  const bill = priceBill(
    input2.lines.map((l, i2) => {
      const p = products[i2];
      return {
        qtyMilli: l.qtyMilli,
        unitPricePaise: l.priceOverridePaise ?? p.price_paise,
        discount: l.discount,
        gstRateBps: p.gst_rate_bps,
        commissionBps: p.artisan_id === null ? null : p.commission_bps ?? p.artisan_commission_bps ?? 0,
        artisanFixedPaise: p.artisan_fixed_paise,
        discountRule: p.discount_rule
      };
    }),
    input2.billDiscount,
    gstOn2
  );
  if (!allowed && bill.discountPaise * 1e4 > shop.cashier_discount_limit_bps * bill.grossPaise) {
    throw new AppError("APPROVAL_REQUIRED", { reason: "discount", limitBps: shop.cashier_discount_limit_bps, field: "billDiscount" });
  }
  const credit = Math.min(opts.creditPaise ?? 0, bill.totalPaise);
  const payments = exactPayments(input2.payments, bill.totalPaise - credit, { totalPaise: bill.totalPaise, ...credit ? { creditPaise: credit } : {} });
  const date10 = businessDate(now, shop.time_zone);
  const at = now.toISOString();
  const { billNo, fy, seq } = nextBillNo(db, shop.bill_prefix, shop.counter_code, date10);
  const uid = v7_default();
  const saleId = Number(
    stmt(
      db,
      `INSERT INTO sales (uid, bill_no, counter_code, fy, seq, at, business_date, user_id, approved_by, invoice_kind, gstin, customer_name,
         customer_phone, discount_reason, gross_paise, discount_paise, total_paise, tax_paise)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      uid,
      billNo,
      shop.counter_code,
      fy,
      seq,
      at,
      date10,
      cashier.id,
      approver?.id ?? null,
      gstOn2 ? "tax_invoice" : "bill_of_supply",
      shop.gstin,
      input2.customerName,
      input2.customerPhone,
      input2.discountReason,
      bill.grossPaise,
      bill.discountPaise,
      bill.totalPaise,
      bill.taxPaise
    ).lastInsertRowid
  );
  const lines2 = bill.lines.map((b, i2) => {
    const l = input2.lines[i2];
    const p = products[i2];
    const lineUid = v7_default();
    const commission = p.artisan_id === null ? null : p.commission_bps ?? p.artisan_commission_bps ?? 0;
    const line = {
      lineNo: i2 + 1,
      productId: p.id,
      sku: p.sku,
      nameHi: p.name_hi,
      nameEn: p.name_en,
      hsn: p.hsn,
      unit: p.unit,
      qtyMilli: l.qtyMilli,
      listPricePaise: p.price_paise,
      unitPricePaise: l.priceOverridePaise ?? p.price_paise,
      grossPaise: b.grossPaise,
      lineDiscountPaise: b.lineDiscountPaise,
      billDiscountPaise: b.billDiscountPaise,
      netPaise: b.netPaise,
      gstRateBps: gstOn2 ? p.gst_rate_bps : 0,
      taxablePaise: b.taxablePaise,
      cgstPaise: b.cgstPaise,
      sgstPaise: b.sgstPaise,
      artisanId: p.artisan_id,
      artisanSharePaise: b.artisanSharePaise,
      returnedMilli: 0
    };
    const lineId = Number(
      stmt(
        db,
        `INSERT INTO sale_lines (uid, sale_id, line_no, product_id, name_hi, name_en, hsn, unit, qty_milli, list_price_paise, unit_price_paise,
           gross_paise, line_discount_paise, bill_discount_paise, net_paise, gst_rate_bps, taxable_paise, cgst_paise, sgst_paise,
           artisan_id, commission_bps, artisan_share_paise, share_rule)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        lineUid,
        saleId,
        line.lineNo,
        p.id,
        line.nameHi,
        line.nameEn,
        line.hsn,
        line.unit,
        line.qtyMilli,
        line.listPricePaise,
        line.unitPricePaise,
        b.grossPaise,
        b.lineDiscountPaise,
        b.billDiscountPaise,
        b.netPaise,
        line.gstRateBps,
        b.taxablePaise,
        b.cgstPaise,
        b.sgstPaise,
        p.artisan_id,
        commission,
        b.artisanSharePaise,
        shareRule(p, commission)
      ).lastInsertRowid
    );
    recordMovement(db, {
      productId: p.id,
      qtyMilli: -l.qtyMilli,
      kind: "sale",
      unitPricePaise: l.priceOverridePaise ?? p.price_paise,
      userId: cashier.id,
      at: now,
      reason: "sale",
      reference: billNo,
      refType: "sale",
      refId: uid,
      path: ["lines", i2, "qtyMilli"]
    });
    if (p.artisan_id !== null && b.artisanSharePaise > 0) {
      stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'sale', ?, ?, ?)`).run(
        v7_default(),
        p.artisan_id,
        b.artisanSharePaise,
        lineId,
        uid,
        at,
        cashier.id
      );
    }
    return line;
  });
  for (const p of payments) {
    stmt(db, "INSERT INTO sale_payments (uid, sale_id, method, amount_paise, tendered_paise, change_paise, ref) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
      v7_default(),
      saleId,
      p.method,
      p.amountPaise,
      p.tenderedPaise ?? null,
      p.changePaise,
      p.ref
    );
  }
  const cash = payments.filter((p) => p.method === "cash").reduce((s, p) => s + p.amountPaise, 0);
  drawer(db, { kind: "sale", amountPaise: cash, businessDate: date10, at, userId: cashier.id, refType: "sale", refId: uid });
  const salePayments = payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, tenderedPaise: p.tenderedPaise ?? null, changePaise: p.changePaise, ref: p.ref }));
  return {
    id: saleId,
    uid,
    billNo,
    at,
    businessDate: date10,
    invoiceKind: gstOn2 ? "tax_invoice" : "bill_of_supply",
    cashier: cashier.name,
    approvedBy: approver?.name ?? null,
    customerName: input2.customerName,
    customerPhone: input2.customerPhone,
    grossPaise: bill.grossPaise,
    discountPaise: bill.discountPaise,
    totalPaise: bill.totalPaise,
    taxPaise: bill.taxPaise,
    lines: lines2,
    payments: salePayments,
    changePaise: salePayments.reduce((c, p) => c + p.changePaise, 0),
    taxes: taxesByRate(lines2)
  };
}

// src/core/sales/returns.ts
function portion(total, soldMilli, beforeMilli, nowMilli, alreadyPaise) {
  return mulDivRound(total, beforeMilli + nowMilli, soldMilli) - alreadyPaise;
}
function returnItems(db, input2, cashier, now, opts = {}) {
  let approver = opts.approver ?? null;
  if (opts.approver === void 0 && input2.approval) approver = checkPin(db, input2.approval.userId, input2.approval.pin, now, "approval");
  if (approver && approver.role === "cashier") throw new AppError("FORBIDDEN", { field: ["approval", "userId"], reason: "approver" });
  const sale = stmt(db, "SELECT id, uid, bill_no FROM sales WHERE bill_no = ?").get(input2.billNo);
  if (!sale) throw new AppError("NOT_FOUND", { what: "sale", field: "billNo", billNo: input2.billNo });
  const shop = stmt(
    db,
    "SELECT time_zone, bill_prefix, counter_code, cashier_refund_limit_paise FROM shop_settings WHERE id = 1"
  ).get();
  const methods = new Set(stmt(db, "SELECT method FROM sale_payments WHERE sale_id = ?").all(sale.id).map((p) => p.method));
  const checkMethod = () => {
    if (input2.refundMethod === void 0) throw new AppError("INVALID_INPUT", { issues: [{ path: ["refundMethod"], code: "custom", message: "required" }] });
    if (input2.refundMethod !== "cash" && !methods.has(input2.refundMethod)) {
      throw new AppError("INVALID_INPUT", { issues: [{ path: ["refundMethod"], code: "custom", message: "refund_method" }] });
    }
  };
  if (!opts.settle || input2.refundMethod !== void 0) checkMethod();
  const seen = /* @__PURE__ */ new Set();
  const lines2 = input2.lines.map((l, i2) => {
    const row2 = stmt(
      db,
      `SELECT l.*, COALESCE(sum(r.qty_milli), 0) AS returned_milli, COALESCE(sum(r.refund_paise), 0) AS returned_net,
              COALESCE(sum(r.taxable_paise), 0) AS returned_taxable, COALESCE(sum(r.cgst_paise), 0) AS returned_cgst,
              COALESCE(sum(r.sgst_paise), 0) AS returned_sgst, COALESCE(sum(r.artisan_share_paise), 0) AS returned_share
         FROM sale_lines l LEFT JOIN sale_return_lines r ON r.sale_line_id = l.id
        WHERE l.sale_id = ? AND l.line_no = ? GROUP BY l.id`
    ).get(sale.id, l.lineNo);
    if (!row2) throw new AppError("NOT_FOUND", { what: "saleLine", field: ["lines", i2, "lineNo"], lineNo: l.lineNo });
    if (seen.has(l.lineNo)) throw new AppError("CONFLICT", { field: ["lines", i2, "lineNo"], reason: "twice" });
    seen.add(l.lineNo);
    const left = row2.qty_milli - row2.returned_milli;
    if (l.qtyMilli > left) throw new AppError("RETURN_TOO_MANY", { field: ["lines", i2, "qtyMilli"], soldMilli: row2.qty_milli, returnedMilli: row2.returned_milli, leftMilli: left });
    const part = (total, already) => portion(total, row2.qty_milli, row2.returned_milli, l.qtyMilli, already);
    const refund2 = part(row2.net_paise, row2.returned_net);
    const cgst = part(row2.cgst_paise, row2.returned_cgst);
    const sgst = part(row2.sgst_paise, row2.returned_sgst);
    return { input: l, row: row2, refund: refund2, taxable: refund2 - cgst - sgst, cgst, sgst, share: part(row2.artisan_share_paise, row2.returned_share) };
  });
  const refund = lines2.reduce((s, l) => s + l.refund, 0);
  const limitCheck = (money4) => {
    if (money4 > shop.cashier_refund_limit_paise && cashier.role === "cashier" && !approver) {
      throw new AppError("APPROVAL_REQUIRED", { reason: "refund", limitPaise: shop.cashier_refund_limit_paise, field: "lines" });
    }
  };
  if (!opts.settle) limitCheck(refund);
  const date10 = businessDate(now, shop.time_zone);
  const at = now.toISOString();
  const { billNo: returnNo } = nextBillNo(db, shop.bill_prefix, `${shop.counter_code}-R`, date10);
  const uid = v7_default();
  lines2.forEach((l, i2) => {
    const base = { productId: l.row.product_id, userId: cashier.id, at: now, reference: returnNo, refType: "sale_return", refId: uid, path: ["lines", i2, "qtyMilli"] };
    recordMovement(db, { ...base, qtyMilli: l.input.qtyMilli, kind: "sale_return", reason: input2.reason });
    if (!l.input.restock) recordMovement(db, { ...base, qtyMilli: -l.input.qtyMilli, kind: "write_off", reason: `damaged return: ${input2.reason}` });
  });
  const money3 = opts.settle ? opts.settle(refund, returnNo).refundPaise : refund;
  if (opts.settle) {
    if (money3 > 0) checkMethod();
    limitCheck(money3);
  }
  const returnId = Number(
    stmt(db, "INSERT INTO sale_returns (uid, return_no, sale_id, at, business_date, user_id, approved_by, reason, refund_method, refund_paise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
      // With no money back (an even exchange) the method is moot; 'cash' moves no cash (see sale_exchanges).
      uid,
      returnNo,
      sale.id,
      at,
      date10,
      cashier.id,
      approver?.id ?? null,
      input2.reason,
      input2.refundMethod ?? "cash",
      refund
    ).lastInsertRowid
  );
  lines2.forEach((l) => {
    stmt(db, "INSERT INTO sale_return_lines (return_id, sale_line_id, qty_milli, refund_paise, taxable_paise, cgst_paise, sgst_paise, artisan_share_paise, restocked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
      returnId,
      l.row.id,
      l.input.qtyMilli,
      l.refund,
      l.taxable,
      l.cgst,
      l.sgst,
      l.share,
      l.input.restock ? 1 : 0
    );
    if (l.row.artisan_id !== null && l.share > 0) {
      stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id, note) VALUES (?, ?, 'reversal', ?, ?, 'sale_return', ?, ?, ?, ?)`).run(
        v7_default(),
        l.row.artisan_id,
        -l.share,
        l.row.id,
        uid,
        at,
        cashier.id,
        input2.reason
      );
    }
  });
  if (input2.refundMethod === "cash" && money3 > 0) {
    stmt(db, `INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'refund', ?, ?, ?, ?, 'sale_return', ?)`).run(
      v7_default(),
      -money3,
      date10,
      at,
      cashier.id,
      uid
    );
  }
  return getReturn(db, returnId);
}

// src/core/sales/exchange.ts
function renamed(list, fn) {
  const fix = (p) => Array.isArray(p) && p[0] === "lines" ? [list, ...p.slice(1)] : p;
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof AppError) || !e.details) throw e;
    const d = { ...e.details, ...e.details.field !== void 0 ? { field: fix(e.details.field) } : {} };
    if (d.issues) d.issues = d.issues.map((i2) => ({ ...i2, path: fix(i2.path) }));
    throw new AppError(e.code, d);
  }
}
function exchange(db, input2, cashier, now) {
  const approver = approverOf(db, input2, now);
  let saleId = 0;
  let credit = 0;
  const ret = renamed(
    "returnLines",
    () => returnItems(db, { requestId: input2.requestId, billNo: input2.billNo, lines: input2.returnLines, refundMethod: input2.refundMethod, reason: input2.reason }, cashier, now, {
      approver,
      settle: (value) => {
        const sale2 = renamed(
          "newLines",
          () => checkout(
            db,
            {
              requestId: input2.requestId,
              lines: input2.newLines,
              billDiscount: input2.billDiscount,
              discountReason: input2.discountReason,
              payments: input2.payments,
              customerName: input2.customerName,
              customerPhone: input2.customerPhone
            },
            cashier,
            now,
            { approver, creditPaise: value }
          )
        );
        saleId = sale2.id;
        credit = Math.min(value, sale2.totalPaise);
        return { refundPaise: value - credit };
      }
    })
  );
  const refund = ret.refundPaise - credit;
  stmt(db, "INSERT INTO sale_exchanges (uid, return_id, sale_id, at, credit_paise, refund_paise, refund_method) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
    v7_default(),
    ret.id,
    saleId,
    now.toISOString(),
    credit,
    refund,
    refund > 0 ? input2.refundMethod ?? null : null
  );
  const sale = getSale(db, saleId);
  return { return: getReturn(db, ret.id), sale, creditPaise: credit, paidPaise: sale.totalPaise - credit, refundPaise: refund };
}

// src/core/sales/list.ts
var WHERE = `WHERE (@billNo IS NULL OR s.bill_no LIKE '%' || @billNo) AND (@from IS NULL OR s.business_date >= @from)
  AND (@to IS NULL OR s.business_date <= @to) AND (@total IS NULL OR s.total_paise = @total)
  AND (@phone IS NULL OR s.customer_phone LIKE '%' || @phone || '%')`;
function listSales(db, f) {
  const p = { billNo: f.billNo || null, from: f.from ?? null, to: f.to ?? null, total: f.totalPaise ?? null, phone: f.customerPhone || null, offset: f.offset, limit: f.limit };
  const rows = stmt(
    db,
    `SELECT s.id, s.bill_no, s.at, s.business_date, u.name AS cashier, s.customer_name, s.customer_phone, s.total_paise,
            (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS items,
            (SELECT group_concat(DISTINCT method) FROM sale_payments sp WHERE sp.sale_id = s.id) AS methods,
            (SELECT COALESCE(sum(refund_paise), 0) FROM sale_returns r WHERE r.sale_id = s.id) AS returned
       FROM sales s JOIN users u ON u.id = s.user_id ${WHERE} ORDER BY s.id DESC LIMIT @limit OFFSET @offset`
  ).all(p);
  const total = stmt(db, `SELECT count(*) AS n FROM sales s ${WHERE}`).get(p).n;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      billNo: r.bill_no,
      at: r.at,
      businessDate: r.business_date,
      cashier: r.cashier,
      customerName: r.customer_name,
      customerPhone: r.customer_phone,
      totalPaise: r.total_paise,
      items: r.items,
      methods: (r.methods ?? "").split(",").filter(Boolean),
      returnedPaise: r.returned
    }))
  };
}
var toHeld = (r) => ({ id: r.id, label: r.label, totalPaise: r.total_paise, createdAt: r.created_at, by: r.by, cart: JSON.parse(r.cart) });
var HELD = "SELECT h.*, u.name AS by FROM held_carts h JOIN users u ON u.id = h.user_id";
function listHeld(db) {
  return stmt(db, `${HELD} ORDER BY h.id`).all().map(toHeld);
}
function takeHeld(db, id2) {
  const r = stmt(db, `${HELD} WHERE h.id = ?`).get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "heldCart", field: "id", id: id2 });
  stmt(db, "DELETE FROM held_carts WHERE id = ?").run(id2);
  return toHeld(r);
}

// src/core/sales/handlers.ts
var salesHandlers = {
  "sales.checkout": (input2, ctx) => {
    const sale = checkout(ctx.db, input2, caller(ctx), ctx.now);
    ctx.auditDetails({ billNo: sale.billNo, totalPaise: sale.totalPaise });
    return sale;
  },
  "sales.return": (input2, ctx) => {
    const r = returnItems(ctx.db, input2, caller(ctx), ctx.now);
    ctx.auditDetails({ returnNo: r.returnNo, refundPaise: r.refundPaise });
    return r;
  },
  "sales.exchange": (input2, ctx) => {
    const x2 = exchange(ctx.db, input2, caller(ctx), ctx.now);
    ctx.auditDetails({ returnNo: x2.return.returnNo, billNo: x2.sale.billNo, creditPaise: x2.creditPaise, paidPaise: x2.paidPaise, refundPaise: x2.refundPaise });
    return x2;
  },
  "sales.getReturn": ({ returnNo, id: id2 }, { db }) => {
    const returnId = id2 ?? (returnNo ? returnIdByNo(db, returnNo) : null);
    if (returnId === null) throw new AppError("NOT_FOUND", { what: "saleReturn", field: returnNo ? "returnNo" : "id", returnNo });
    return getReturn(db, returnId);
  },
  "sales.list": (q2, { db }) => listSales(db, q2),
  "sales.hold": ({ label, totalPaise, cart }, ctx) => {
    const id2 = Number(
      stmt(ctx.db, "INSERT INTO held_carts (uid, label, cart, total_paise, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)").run(
        v7_default(),
        label,
        JSON.stringify(cart),
        totalPaise,
        caller(ctx).id,
        ctx.now.toISOString()
      ).lastInsertRowid
    );
    return listHeld(ctx.db).find((h) => h.id === id2);
  },
  "sales.listHeld": (_i, { db }) => listHeld(db),
  "sales.takeHeld": ({ id: id2 }, ctx) => takeHeld(ctx.db, id2),
  "sales.get": ({ id: id2, billNo }, { db }) => {
    const saleId = id2 ?? (billNo ? saleIdByBillNo(db, billNo) : null);
    if (saleId === null) throw new AppError("NOT_FOUND", { what: "sale", field: billNo ? "billNo" : "id", billNo });
    return getSale(db, saleId);
  }
};

// src/core/billing/handlers.ts
function readBilling(db) {
  const r = stmt(db, "SELECT * FROM shop_settings WHERE id = 1").get();
  if (!r) throw new AppError("NOT_SET_UP");
  return {
    billPrefix: r.bill_prefix,
    cashierDiscountLimitBps: r.cashier_discount_limit_bps,
    cashierRefundLimitPaise: r.cashier_refund_limit_paise,
    upiVpa: r.upi_vpa,
    upiPayeeName: r.upi_payee_name,
    returnPolicy: r.return_policy
  };
}
var billingHandlers = {
  "billing.getSettings": (_i, { db }) => readBilling(db),
  "billing.updateSettings": (input2, ctx) => {
    const before = readBilling(ctx.db);
    stmt(
      ctx.db,
      `UPDATE shop_settings SET bill_prefix = @billPrefix, cashier_discount_limit_bps = @cashierDiscountLimitBps,
         cashier_refund_limit_paise = @cashierRefundLimitPaise, upi_vpa = @upiVpa, upi_payee_name = @upiPayeeName,
         return_policy = @returnPolicy, updated_at = @at WHERE id = 1`
    ).run({ ...input2, at: ctx.now.toISOString() });
    const after = readBilling(ctx.db);
    ctx.auditDetails({ before, after });
    return after;
  }
};

// src/core/payouts/entries.ts
var shopZone = (db) => stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? "Asia/Kolkata";
var SETTLED = `EXISTS (SELECT 1 FROM payout_items pi JOIN payouts p ON p.id = pi.payout_id
  WHERE pi.ledger_id = e.id AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id))`;
var ENTRY_SQL = `
  SELECT e.id AS ledger_id, e.kind, e.amount_paise, e.at, COALESCE(s.business_date, c.business_date) AS business_date,
         COALESCE(s.bill_no, rn.rental_no) AS bill_no, COALESCE(l.name_hi, rl.name_hi, '') AS name_hi, COALESCE(l.name_en, rl.name_en, '') AS name_en,
         COALESCE(l.qty_milli, rl.qty * 1000, 0) AS qty_milli, COALESCE(l.net_paise, c.amount_paise, 0) AS sale_paise,
         COALESCE(l.share_rule, CASE c.kind WHEN 'damage' THEN 'full:0:damage' WHEN 'rent' THEN 'percent:' || rl.commission_bps || ':rent'
           WHEN 'late_fee' THEN 'percent:' || rl.commission_bps || ':late_fee' END, '') AS share_rule, e.note
    FROM artisan_ledger e
    LEFT JOIN sale_lines l ON l.id = e.sale_line_id
    LEFT JOIN sales s ON s.id = l.sale_id
    LEFT JOIN rental_lines rl ON rl.id = e.rental_line_id
    LEFT JOIN rentals rn ON rn.id = rl.rental_id
    LEFT JOIN rental_charges c ON e.rental_line_id IS NOT NULL AND c.uid = e.ref_id`;
function toEntry(r, tz) {
  const accrual = r.kind === "accrual";
  return {
    ledgerId: r.ledger_id,
    kind: r.kind,
    amountPaise: r.amount_paise,
    at: r.at,
    businessDate: r.business_date ?? businessDate(new Date(r.at), tz),
    billNo: r.bill_no,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    qtyMilli: r.qty_milli,
    salePaise: accrual ? r.sale_paise : 0,
    shopSharePaise: accrual ? r.sale_paise - r.amount_paise : 0,
    shareRule: r.share_rule,
    note: r.note
  };
}
var UNPAID_SQL = `${ENTRY_SQL} WHERE e.id IN (SELECT u.ledger_id FROM artisan_unsettled u WHERE u.artisan_id = ?)
       AND (COALESCE(s.business_date, c.business_date) <= ? OR (COALESCE(s.business_date, c.business_date) IS NULL AND e.at < ?)) ORDER BY e.id`;
function unpaidEntries(db, artisanId, periodEnd) {
  const tz = shopZone(db);
  return stmt(db, UNPAID_SQL).all(artisanId, periodEnd, dayStartUtc(nextDate(periodEnd), tz)).map((r) => toEntry(r, tz));
}
function entriesOfPayout(db, payoutId) {
  const tz = shopZone(db);
  return stmt(db, `${ENTRY_SQL} JOIN payout_items pi ON pi.ledger_id = e.id WHERE pi.payout_id = ? ORDER BY e.id`).all(payoutId).map((r) => toEntry(r, tz));
}
function balanceOf(db, artisanId) {
  return stmt(db, "SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ?").get(artisanId).b;
}

// src/core/payouts/lists.ts
var LIST_SQL = {
  /** A page of her payouts, newest first, straight off payouts_artisan (artisan_id, at). */
  page: `SELECT p.id, p.payout_no, p.at, p.method, p.ref, p.amount_paise, o.payout_no AS reverses_no,
                EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id) AS reversed,
                (SELECT count(*) FROM payout_items pi WHERE pi.payout_id = p.id) AS items
           FROM payouts p LEFT JOIN payouts o ON o.id = p.reverses_payout_id
          WHERE p.artisan_id = ? ORDER BY p.at DESC, p.id DESC LIMIT ? OFFSET ?`,
  count: "SELECT count(*) AS n FROM payouts WHERE artisan_id = ?",
  /**
   * Every member's balance: the cached balance, her unsettled entries counted from their cache
   * (migration 18), and her last payout in force; members with no entry yet read 0.
   */
  balances: `SELECT a.id AS artisan_id, COALESCE(b.balance_paise, 0) AS balance_paise, COALESCE(u.n, 0) AS unpaid,
                    (SELECT max(p.at) FROM payouts p WHERE p.artisan_id = a.id AND p.reverses_payout_id IS NULL
                        AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id)) AS last_at
               FROM artisans a LEFT JOIN artisan_balances b ON b.artisan_id = a.id
               LEFT JOIN (SELECT artisan_id, count(*) AS n FROM artisan_unsettled GROUP BY artisan_id) u ON u.artisan_id = a.id
              ORDER BY a.id`
};
function listPayouts(db, artisanId, limit, offset) {
  if (!stmt(db, "SELECT 1 FROM artisans WHERE id = ?").get(artisanId)) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: artisanId });
  const rows = stmt(db, LIST_SQL.page).all(artisanId, limit, offset).map((p) => ({
    id: p.id,
    payoutNo: p.payout_no,
    at: p.at,
    method: p.method,
    ref: p.ref,
    paidPaise: p.amount_paise,
    reversed: p.reversed === 1,
    reversesPayoutNo: p.reverses_no,
    itemCount: p.items
  }));
  return { rows, total: stmt(db, LIST_SQL.count).get(artisanId).n };
}
function listBalances(db) {
  return stmt(db, LIST_SQL.balances).all().map((r) => ({ artisanId: r.artisan_id, balancePaise: r.balance_paise, unpaidEntries: r.unpaid, lastPayoutAt: r.last_at }));
}

// src/core/payouts/pay.ts
function nextPayoutNo(db) {
  const counter = stmt(db, "SELECT counter_code AS c FROM shop_settings WHERE id = 1").get()?.c ?? "C1";
  const n = stmt(db, "SELECT COALESCE(max(id), 0) + 1 AS n FROM payouts").get().n;
  return `${counter}-PO-${String(n).padStart(5, "0")}`;
}
function ledgerRow(db, artisanId, kind, amount, ref, at, userId, note2) {
  stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, ref_type, ref_id, at, user_id, note) VALUES (?, ?, ?, ?, 'payout', ?, ?, ?, ?)`).run(
    v7_default(),
    artisanId,
    kind,
    amount,
    ref,
    at,
    userId,
    note2
  );
}
function cashRow(db, amount, day2, at, userId, ref) {
  stmt(db, `INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'payout', ?, ?, ?, ?, 'payout', ?)`).run(v7_default(), amount, day2, at, userId, ref);
}
function pay(db, input2, user, now) {
  const artisan = stmt(db, "SELECT id FROM artisans WHERE id = ?").get(input2.artisanId);
  if (!artisan) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: input2.artisanId });
  const today = shopToday(db, now);
  if (input2.periodEnd > today) throw new AppError("INVALID_INPUT", { issues: [{ path: ["periodEnd"], code: "custom", message: "future_date" }] });
  const open2 = new Map(unpaidEntries(db, input2.artisanId, input2.periodEnd).map((e) => [e.ledgerId, e]));
  const settled = stmt(db, `SELECT count(*) AS n FROM artisan_ledger e WHERE e.id = ? AND ${SETTLED}`);
  const chosen = input2.ledgerIds.map((ledgerId, i2) => {
    const e = open2.get(ledgerId);
    if (e) return e;
    if (settled.get(ledgerId).n > 0) throw new AppError("ALREADY_PAID", { field: ["ledgerIds", i2], ledgerId });
    throw new AppError("NOT_FOUND", { what: "entry", field: ["ledgerIds", i2], ledgerId });
  });
  if (new Set(input2.ledgerIds).size !== input2.ledgerIds.length) throw new AppError("CONFLICT", { field: "ledgerIds", reason: "twice" });
  const amount = chosen.reduce((s, e) => s + e.amountPaise, 0);
  if (amount <= 0) throw new AppError("INVALID_INPUT", { issues: [{ path: ["ledgerIds"], code: "custom", message: "nothing_to_pay" }] });
  const balance = balanceOf(db, input2.artisanId);
  if (amount > balance) throw new AppError("PAYOUT_OVER_BALANCE", { field: "ledgerIds", amountPaise: amount, balancePaise: balance });
  const at = now.toISOString();
  const uid = v7_default();
  const id2 = Number(
    stmt(db, "INSERT INTO payouts (uid, payout_no, artisan_id, period_end, method, ref, amount_paise, at, business_date, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
      uid,
      nextPayoutNo(db),
      input2.artisanId,
      input2.periodEnd,
      input2.method,
      input2.ref,
      amount,
      at,
      today,
      user.id,
      input2.note
    ).lastInsertRowid
  );
  for (const e of chosen) stmt(db, "INSERT INTO payout_items (payout_id, ledger_id) VALUES (?, ?)").run(id2, e.ledgerId);
  ledgerRow(db, input2.artisanId, "payout", -amount, uid, at, user.id, input2.note);
  if (input2.method === "cash") cashRow(db, -amount, today, at, user.id, uid);
  return payoutSlip(db, id2);
}
function reversePayout(db, payoutId, reason2, user, now) {
  const p = stmt(db, "SELECT * FROM payouts WHERE id = ?").get(payoutId);
  if (!p) throw new AppError("NOT_FOUND", { what: "payout", field: "payoutId", id: payoutId });
  if (p.reverses_payout_id !== null || stmt(db, "SELECT 1 FROM payouts WHERE reverses_payout_id = ?").get(payoutId)) throw new AppError("CONFLICT", { field: "payoutId", reason: "reversed" });
  const at = now.toISOString();
  const today = shopToday(db, now);
  const uid = v7_default();
  const id2 = Number(
    stmt(db, "INSERT INTO payouts (uid, payout_no, artisan_id, period_end, method, ref, amount_paise, at, business_date, user_id, note, reverses_payout_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
      uid,
      nextPayoutNo(db),
      p.artisan_id,
      p.period_end,
      p.method,
      "",
      -p.amount_paise,
      at,
      today,
      user.id,
      reason2,
      payoutId
    ).lastInsertRowid
  );
  ledgerRow(db, p.artisan_id, "payout_reversal", p.amount_paise, uid, at, user.id, reason2);
  if (p.method === "cash") cashRow(db, p.amount_paise, today, at, user.id, uid);
  return payoutSlip(db, id2);
}
function payoutSlip(db, id2) {
  const p = stmt(
    db,
    `SELECT p.*, u.name AS paid_by, a.name_hi, a.name_en, a.village, a.phone, o.payout_no AS reverses_no,
            EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id) AS reversed,
            (SELECT l.id FROM artisan_ledger l WHERE l.ref_type = 'payout' AND l.ref_id = p.uid) AS ledger_id
       FROM payouts p JOIN users u ON u.id = p.user_id JOIN artisans a ON a.id = p.artisan_id LEFT JOIN payouts o ON o.id = p.reverses_payout_id
      WHERE p.id = ?`
  ).get(id2);
  if (!p) throw new AppError("NOT_FOUND", { what: "payout", field: "id", id: id2 });
  const items = entriesOfPayout(db, id2);
  const after = stmt(db, "SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ? AND id <= ?").get(p.artisan_id, p.ledger_id).b;
  return {
    id: p.id,
    payoutNo: p.payout_no,
    at: p.at,
    paidBy: p.paid_by,
    artisan: { id: p.artisan_id, nameHi: p.name_hi, nameEn: p.name_en, village: p.village, phone: p.phone },
    periodFrom: items[0]?.businessDate ?? p.period_end,
    periodTo: p.period_end,
    items,
    method: p.method,
    ref: p.ref,
    note: p.note,
    paidPaise: p.amount_paise,
    balanceBeforePaise: after + p.amount_paise,
    balanceAfterPaise: after,
    reversed: p.reversed === 1,
    reversesPayoutNo: p.reverses_no
  };
}

// src/core/payouts/handlers.ts
var payoutsHandlers = {
  "payouts.listUnpaid": ({ artisanId, periodEnd }, { db }) => {
    const entries = unpaidEntries(db, artisanId, periodEnd);
    return { entries, totalPaise: entries.reduce((s, e) => s + e.amountPaise, 0), balancePaise: balanceOf(db, artisanId) };
  },
  "payouts.pay": ({ requestId: _r, ...input2 }, ctx) => {
    const slip = pay(ctx.db, input2, caller(ctx), ctx.now);
    ctx.auditDetails({ payoutNo: slip.payoutNo, paidPaise: slip.paidPaise });
    return slip;
  },
  "payouts.reverse": ({ payoutId, reason: reason2 }, ctx) => reversePayout(ctx.db, payoutId, reason2, caller(ctx), ctx.now),
  "payouts.get": ({ id: id2 }, { db }) => payoutSlip(db, id2),
  "payouts.list": ({ artisanId, limit, offset }, { db }) => listPayouts(db, artisanId, limit, offset),
  "payouts.listBalances": (_input, { db }) => listBalances(db),
  "payouts.adjust": ({ artisanId, amountPaise, reason: reason2 }, ctx) => {
    if (!stmt(ctx.db, "SELECT 1 FROM artisans WHERE id = ?").get(artisanId)) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: artisanId });
    const r = stmt(ctx.db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, ref_type, at, user_id, note) VALUES (?, ?, 'adjustment', ?, 'adjustment', ?, ?, ?)`).run(
      v7_default(),
      artisanId,
      amountPaise,
      ctx.now.toISOString(),
      caller(ctx).id,
      reason2
    );
    return { ledgerId: Number(r.lastInsertRowid), balancePaise: balanceOf(ctx.db, artisanId) };
  },
  "payouts.getStatement": ({ artisanId, from, to }, { db }) => statement(db, artisanId, from, to)
};

// src/core/rentals/terms.ts
var toTerms = (t) => ({
  mode: t.mode,
  dayPricePaise: t.day_price_paise,
  eventPricePaise: t.event_price_paise,
  eventDays: t.event_days,
  depositPaise: t.deposit_paise,
  lateFeePerDayPaise: t.late_fee_per_day_paise,
  bufferDays: t.buffer_days
});
function readTerms(db, productId) {
  const t = stmt(db, "SELECT * FROM rental_terms WHERE product_id = ?").get(productId);
  return t ? toTerms(t) : null;
}
function outUnits(db, productId) {
  return stmt(
    db,
    `SELECT COALESCE(sum(l.qty - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0)), 0) AS n
       FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.product_id = ? AND r.status = 'out'`
  ).get(productId).n;
}
function ownedUnits(db, productId) {
  const onHand = stmt(db, "SELECT qty_milli AS q FROM stock_on_hand WHERE product_id = ?").get(productId)?.q ?? 0;
  return Math.floor(onHand / 1e3) + outUnits(db, productId);
}
var ITEM_SQL = `SELECT p.id, p.sku, p.name_hi, p.name_en, p.craft_id, p.artisan_id, a.name_hi AS a_hi, a.name_en AS a_en, p.status, p.for_rent
  FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id`;
function toItem(db, p) {
  const terms = readTerms(db, p.id);
  const pieces = Object.fromEntries(PIECE_STATUSES.map((s) => [s, 0]));
  for (const r of stmt(db, "SELECT status, count(*) AS n FROM rental_pieces WHERE product_id = ? GROUP BY status").all(p.id)) pieces[r.status] = r.n;
  const owned = ownedUnits(db, p.id);
  const tagged = PIECE_STATUSES.filter((s) => s !== "retired").reduce((a, s) => a + pieces[s], 0);
  return {
    productId: p.id,
    sku: p.sku,
    nameHi: p.name_hi,
    nameEn: p.name_en,
    craftId: p.craft_id,
    artisanId: p.artisan_id,
    artisanNameHi: p.a_hi ?? "",
    artisanNameEn: p.a_en ?? "",
    status: p.status,
    terms,
    ownedQty: owned,
    outQty: outUnits(db, p.id),
    pieces,
    untagged: terms?.mode === "pieces" ? Math.max(0, owned - tagged) : 0
  };
}
function rentableItems(db, includeArchived) {
  return stmt(db, `${ITEM_SQL} WHERE p.for_rent = 1 AND (? = 1 OR p.status = 'active') ORDER BY p.sku`).all(includeArchived ? 1 : 0).map((p) => toItem(db, p));
}
function rentableProduct(db, productId, field = "productId") {
  const p = stmt(db, `${ITEM_SQL} WHERE p.id = ?`).get(productId);
  if (!p) throw new AppError("NOT_FOUND", { what: "product", field, id: productId });
  if (p.for_rent !== 1) throw new AppError("NOT_FOR_RENT", { field, id: p.id, sku: p.sku });
  return p;
}
function rentableItem(db, productId) {
  return toItem(db, rentableProduct(db, productId));
}
function setTerms(db, t, userId, now) {
  rentableProduct(db, t.productId);
  const before = readTerms(db, t.productId);
  if (before && before.mode !== t.mode) {
    const open2 = stmt(
      db,
      `SELECT count(*) AS n FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.product_id = ? AND r.status IN ('booked', 'out')`
    ).get(t.productId).n;
    if (open2 > 0) throw new AppError("CONFLICT", { field: "mode", reason: "openRentals", productId: t.productId });
  }
  stmt(
    db,
    `INSERT INTO rental_terms (product_id, mode, day_price_paise, event_price_paise, event_days, deposit_paise, late_fee_per_day_paise, buffer_days, updated_at, updated_by)
     VALUES (@productId, @mode, @dayPricePaise, @eventPricePaise, @eventDays, @depositPaise, @lateFeePerDayPaise, @bufferDays, @at, @userId)
     ON CONFLICT(product_id) DO UPDATE SET mode = excluded.mode, day_price_paise = excluded.day_price_paise, event_price_paise = excluded.event_price_paise,
       event_days = excluded.event_days, deposit_paise = excluded.deposit_paise, late_fee_per_day_paise = excluded.late_fee_per_day_paise,
       buffer_days = excluded.buffer_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by`
  ).run({ ...t, at: now.toISOString(), userId });
  return { before, after: rentableItem(db, t.productId) };
}
function readRules(db) {
  const r = stmt(db, "SELECT cancel_free_days, cancel_keep_bps, terms FROM rental_rules WHERE id = 1").get();
  return { cancelFreeDays: r.cancel_free_days, cancelKeepBps: r.cancel_keep_bps, terms: JSON.parse(r.terms) };
}
function writeRules(db, r, userId, now) {
  stmt(db, "UPDATE rental_rules SET cancel_free_days = ?, cancel_keep_bps = ?, terms = ?, updated_at = ?, updated_by = ? WHERE id = 1").run(
    r.cancelFreeDays,
    r.cancelKeepBps,
    JSON.stringify(r.terms),
    now.toISOString(),
    userId
  );
  return readRules(db);
}

// src/core/rentals/checks.ts
var invalid = (path5, message) => {
  throw new AppError("INVALID_INPUT", { issues: [{ path: path5, code: "custom", message }] });
};
function requireManager(user, approver, reason2, field) {
  if (!isManager(user.role) && !approver) throw new AppError("APPROVAL_REQUIRED", { reason: reason2, field });
}

// src/core/rentals/availability.ts
var maxDate = (a, b) => a > b ? a : b;
var MAX_BUFFER = 14;
function segments(db, productId, from, to, today, excludeRentalId = 0) {
  const open2 = stmt(
    db,
    `SELECT l.id AS line_id, r.id AS rental_id, r.rental_no, r.status, r.from_date, r.due_date, l.piece_id, l.qty, l.buffer_days,
            COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0) AS settled
       FROM rental_lines l JOIN rentals r ON r.id = l.rental_id
      WHERE l.product_id = ? AND r.status IN ('booked', 'out') AND r.from_date <= ? AND r.id <> ?`
  ).all(productId, to, excludeRentalId);
  const back = stmt(
    db,
    `SELECT l.id AS line_id, r.id AS rental_id, r.rental_no, r.from_date, l.piece_id, x.qty, l.buffer_days, rr.business_date AS day
       FROM rental_return_lines x JOIN rental_returns rr ON rr.id = x.return_id JOIN rental_lines l ON l.id = x.line_id JOIN rentals r ON r.id = l.rental_id
      WHERE l.product_id = ? AND x.qty > 0 AND r.from_date <= ? AND rr.business_date >= date(?, '-${MAX_BUFFER} days') AND r.id <> ?`
  ).all(productId, to, from, excludeRentalId);
  const out = [];
  for (const l of open2) {
    const units = l.status === "booked" ? l.qty : l.qty - l.settled;
    if (units <= 0) continue;
    const holdEnd = l.status === "booked" ? l.due_date : maxDate(l.due_date, today);
    out.push({ rentalId: l.rental_id, rentalNo: l.rental_no, lineId: l.line_id, pieceId: l.piece_id, units, start: l.from_date, holdEnd, end: addDays(holdEnd, l.buffer_days), state: l.status });
  }
  for (const b of back) {
    out.push({ rentalId: b.rental_id, rentalNo: b.rental_no, lineId: b.line_id, pieceId: b.piece_id, units: b.qty, start: b.from_date, holdEnd: b.day, end: addDays(b.day, b.buffer_days), state: "out" });
  }
  return out.filter((s) => s.end >= from);
}
var covers = (s, d) => s.start <= d && d <= s.end;
var overlaps = (s, from, to) => s.start <= to && from <= s.end;
function heldOn(segs, d) {
  return segs.reduce((a, s) => covers(s, d) ? a + s.units : a, 0);
}
function datesFrom(from, to) {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i2) => addDays(from, i2));
}
function piecesOf(db, productId) {
  return stmt(db, "SELECT id, tag, status FROM rental_pieces WHERE product_id = ? ORDER BY id").all(productId);
}
var bookable = (p) => p.status !== "retired" && p.status !== "repair";
function pieceFree(segs, pieceId, from, end) {
  return !segs.some((s) => s.pieceId === pieceId && overlaps(s, from, end));
}
function totalUnits(db, productId, terms) {
  return terms.mode === "pieces" ? piecesOf(db, productId).filter(bookable).length : ownedUnits(db, productId);
}
function availability(db, productId, from, to, today) {
  const p = rentableProduct(db, productId);
  const terms = readTerms(db, productId);
  if (!terms) throw new AppError("RENTAL_TERMS_MISSING", { field: "productId", id: p.id, sku: p.sku });
  if (to < from) invalid(["to"], "date_order");
  if (daysBetween(from, to) > 366) throw new AppError("INVALID_INPUT", { issues: [{ path: ["to"], code: "too_big", message: "too_big", maximum: 366 }] });
  const segs = segments(db, productId, from, to, today);
  const dates = datesFrom(from, to);
  const total = totalUnits(db, productId, terms);
  const all = terms.mode === "pieces" ? piecesOf(db, productId).filter((x2) => x2.status !== "retired" || segs.some((s) => s.pieceId === x2.id)) : [];
  const pieceDays = all.map((x2) => ({
    pieceId: x2.id,
    tag: x2.tag,
    status: x2.status,
    days: dates.map((d) => {
      const s = segs.find((g) => g.pieceId === x2.id && covers(g, d));
      if (s) return { state: d <= s.holdEnd ? s.state : "buffer", rentalNo: s.rentalNo };
      return { state: bookable(x2) ? "free" : "unavailable", rentalNo: null };
    })
  }));
  const days = dates.map((d, i2) => {
    const on = segs.filter((s) => covers(s, d));
    const sum = (f) => on.filter(f).reduce((a, s) => a + s.units, 0);
    const booked = sum((s) => d <= s.holdEnd && s.state === "booked");
    const out = sum((s) => d <= s.holdEnd && s.state === "out");
    const buffer = sum((s) => d > s.holdEnd);
    const free = terms.mode === "pieces" ? pieceDays.filter((x2) => x2.days[i2].state === "free").length : Math.max(0, total - booked - out - buffer);
    return { date: d, booked, out, buffer, free };
  });
  return { productId, mode: terms.mode, total, days, pieces: pieceDays };
}

// src/core/rentals/money.ts
function shopOf(db) {
  const s = stmt(db, "SELECT time_zone, bill_prefix, counter_code FROM shop_settings WHERE id = 1").get();
  if (!s) throw new AppError("NOT_SET_UP");
  return { tz: s.time_zone, billPrefix: s.bill_prefix, counterCode: s.counter_code };
}
function todayOf(db, now) {
  return businessDate(now, shopOf(db).tz);
}
function stampOf(db, now, userId) {
  return { at: now.toISOString(), day: todayOf(db, now), userId };
}
function charge(db, c, s) {
  if (c.amountPaise === 0) return null;
  const uid = v7_default();
  const cgst = c.gst?.cgstPaise ?? 0;
  const sgst = c.gst?.sgstPaise ?? 0;
  stmt(db, `INSERT INTO rental_charges (uid, rental_id, line_id, return_id, kind, amount_paise, at, business_date, user_id, note, tax_paise, cgst_paise, sgst_paise)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    uid,
    c.rentalId,
    c.lineId ?? null,
    c.returnId ?? null,
    c.kind,
    c.amountPaise,
    s.at,
    s.day,
    s.userId,
    c.note ?? "",
    cgst + sgst,
    cgst,
    sgst
  );
  return uid;
}
var TAXED_KINDS = ["rent", "late_fee", "damage"];
function gstOn(db) {
  return (stmt(db, "SELECT gstin FROM shop_settings WHERE id = 1").get()?.gstin ?? "") !== "";
}
function pay2(db, r, event, payments, s, returnId = null) {
  for (const p of payments) {
    if (p.amountPaise === 0) continue;
    stmt(db, `INSERT INTO rental_payments (uid, rental_id, return_id, event, method, amount_paise, tendered_paise, change_paise, ref, at, business_date, user_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v7_default(),
      r.id,
      returnId,
      event,
      p.method,
      p.amountPaise,
      p.tenderedPaise ?? null,
      p.changePaise ?? 0,
      p.ref ?? "",
      s.at,
      s.day,
      s.userId
    );
  }
  const cash = payments.filter((p) => p.method === "cash").reduce((a, p) => a + p.amountPaise, 0);
  drawer(db, { kind: cash > 0 ? "rental" : "rental_refund", amountPaise: cash, businessDate: s.day, at: s.at, userId: s.userId, refType: "rental", refId: r.uid });
}
function balanceOf2(db, rentalId) {
  return stmt(
    db,
    `SELECT (SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges WHERE rental_id = ?)
          - (SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments WHERE rental_id = ?) AS b`
  ).get(rentalId, rentalId).b;
}
function artisanPart(kind, amountPaise, commissionBps) {
  if (kind === "damage") return amountPaise;
  if (kind === "rent" || kind === "late_fee") return amountPaise - applyBps(amountPaise, commissionBps);
  return 0;
}
function chargeLine(db, line, c, s) {
  const taxed = TAXED_KINDS.includes(c.kind) && line.gst_rate_bps > 0 && c.amountPaise > 0;
  const gst = taxed ? gstSplit(c.amountPaise, line.gst_rate_bps) : void 0;
  const uid = charge(db, { ...c, lineId: line.id, ...gst ? { gst } : {} }, s);
  if (!uid || line.artisan_id === null) return;
  const hers = artisanPart(c.kind, gst ? gst.taxablePaise : c.amountPaise, line.commission_bps ?? 0);
  if (hers <= 0) return;
  stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, rental_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'rental', ?, ?, ?)`).run(
    v7_default(),
    line.artisan_id,
    hers,
    line.id,
    uid,
    s.at,
    s.userId
  );
}

// src/core/rentals/pricing.ts
function rentalDays(from, due) {
  return Math.max(1, daysBetween(from, due));
}
function rentPerUnit(t, days) {
  if (t.eventPricePaise === null || t.eventDays === null) return days * (t.dayPricePaise ?? 0);
  if (days <= t.eventDays) return t.eventPricePaise;
  if (t.dayPricePaise !== null) return t.eventPricePaise + (days - t.eventDays) * t.dayPricePaise;
  return Math.ceil(days / t.eventDays) * t.eventPricePaise;
}
function lateDays(due, returned) {
  return Math.max(0, daysBetween(due, returned));
}

// src/core/rentals/plan.ts
var MAX_RENTAL_DAYS = 60;
function checkDate(d, field) {
  if (d !== null && (!isBusinessDate(d) || d < "2000-01-01" || d > "2199-12-31")) invalid([field], "date");
}
function checkSpan(from, due, dueField) {
  if (due < from) throw new AppError("RENTAL_DATES", { field: dueField, reason: "beforeFrom", fromDate: from, dueDate: due });
  if (daysBetween(from, due) > MAX_RENTAL_DAYS) throw new AppError("RENTAL_DATES", { field: dueField, reason: "tooLong", maxDays: MAX_RENTAL_DAYS });
}
var firstHeld = (segs, pieceId, from, end) => segs.filter((s) => s.pieceId === pieceId && s.start <= end && from <= s.end).reduce((d, s) => s.start > from ? s.start < d ? s.start : d : from, end);
function planLines(db, wants, from, due, o) {
  const picked = /* @__PURE__ */ new Map();
  const earlier = /* @__PURE__ */ new Map();
  const segCache = /* @__PURE__ */ new Map();
  return wants.map((w, i2) => {
    const path5 = ["lines", i2];
    const p = rentableProduct(db, w.productId, [...path5, "productId"]);
    if (p.status !== "active") throw new AppError("PRODUCT_ARCHIVED", { field: [...path5, "productId"], id: p.id, sku: p.sku });
    const terms = readTerms(db, p.id);
    if (!terms) throw new AppError("RENTAL_TERMS_MISSING", { field: [...path5, "productId"], id: p.id, sku: p.sku });
    const end = addDays(due, terms.bufferDays);
    const key = `${p.id}:${end}`;
    const segs = segCache.get(key) ?? segments(db, p.id, from, end, o.today, o.excludeRentalId);
    segCache.set(key, segs);
    const share = stmt(
      db,
      "SELECT p.commission_bps AS c, a.commission_bps AS a, p.gst_rate_bps AS g, p.hsn AS h FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id = ?"
    ).get(p.id);
    const base = {
      productId: p.id,
      sku: p.sku,
      nameHi: p.name_hi,
      nameEn: p.name_en,
      artisanId: p.artisan_id,
      commissionBps: p.artisan_id === null ? null : share.c ?? share.a ?? 0,
      gstRateBps: share.g,
      hsn: share.h,
      terms,
      qty: w.qty
    };
    const short = (field, date10, free, extra2 = {}) => {
      if (o.strict) throw new AppError("RENTAL_UNAVAILABLE", { field, sku: p.sku, date: date10, free: Math.max(0, free), wanted: w.qty, ...extra2 });
    };
    if (terms.mode === "counted") {
      if (w.pieceIds?.length) invalid([...path5, "pieceIds"], "invalid_value");
      const total = ownedUnits(db, p.id);
      const before = earlier.get(p.id) ?? 0;
      let free = Infinity;
      let bad = null;
      for (const d of datesFrom(from, end)) {
        const f = total - heldOn(segs, d) - before;
        free = Math.min(free, f);
        if (f < w.qty && !bad) bad = { date: d, free: f };
      }
      if (bad) short([...path5, "qty"], bad.date, bad.free);
      earlier.set(p.id, before + w.qty);
      return { ...base, pieceIds: [], free: Math.max(0, free), ok: !bad };
    }
    const pieces = piecesOf(db, p.id);
    const taken = picked.get(p.id) ?? /* @__PURE__ */ new Set();
    picked.set(p.id, taken);
    const usable = (x2) => o.ready ? x2.status === "ready" : bookable(x2);
    const freeNow = pieces.filter((x2) => usable(x2) && !taken.has(x2.id) && pieceFree(segs, x2.id, from, end));
    let chosen;
    let ok = true;
    if (w.pieceIds?.length) {
      if (w.pieceIds.length !== w.qty) invalid([...path5, "pieceIds"], "piece_count");
      w.pieceIds.forEach((id2, k) => {
        const field = [...path5, "pieceIds", k];
        const x2 = pieces.find((c) => c.id === id2);
        if (!x2) throw new AppError("NOT_FOUND", { what: "piece", field, id: id2 });
        if (taken.has(id2) || w.pieceIds.indexOf(id2) !== k) invalid(field, "duplicate");
        if (!usable(x2)) throw new AppError("PIECE_NOT_READY", { field, tag: x2.tag, status: x2.status });
        if (!pieceFree(segs, id2, from, end)) {
          ok = false;
          short(field, firstHeld(segs, id2, from, end), freeNow.length, { tag: x2.tag });
        }
      });
      chosen = w.pieceIds;
    } else {
      chosen = [...freeNow].sort((a, b) => Number(b.status === "ready") - Number(a.status === "ready") || a.id - b.id).slice(0, w.qty).map((x2) => x2.id);
      if (chosen.length < w.qty) {
        ok = false;
        const day2 = datesFrom(from, end).find((d) => pieces.filter((x2) => usable(x2) && !taken.has(x2.id) && pieceFree(segs, x2.id, d, d)).length < w.qty) ?? from;
        short([...path5, "qty"], day2, freeNow.length);
      }
    }
    chosen.forEach((id2) => taken.add(id2));
    return { ...base, pieceIds: chosen, free: freeNow.length, ok };
  });
}
function quoteOf(lines2, from, due) {
  const days = rentalDays(from, due);
  const rows = lines2.map((l) => ({
    productId: l.productId,
    qty: l.qty,
    rentPaise: rentPerUnit(l.terms, days) * l.qty,
    depositPaise: l.terms.depositPaise * l.qty,
    lateFeePerDayPaise: l.terms.lateFeePerDayPaise * l.qty,
    free: l.free,
    ok: l.ok
  }));
  const rent = rows.reduce((a, r) => a + r.rentPaise, 0);
  const deposit = rows.reduce((a, r) => a + r.depositPaise, 0);
  return { days, lines: rows, rentPaise: rent, depositPaise: deposit, totalPaise: rent + deposit, ok: rows.every((r) => r.ok) };
}

// src/core/rentals/pieces.ts
var PIECE_SQL = `SELECT c.id, c.product_id, p.sku, p.name_hi, p.name_en, c.tag, c.status, c.note, c.updated_at, r.id AS rental_id, r.rental_no
  FROM rental_pieces c JOIN products p ON p.id = c.product_id
  LEFT JOIN rental_lines l ON l.piece_id = c.id AND c.status = 'out' AND l.rental_id IN (SELECT id FROM rentals WHERE status = 'out')
    AND NOT EXISTS (SELECT 1 FROM rental_return_lines x WHERE x.line_id = l.id)
  LEFT JOIN rentals r ON r.id = l.rental_id`;
var toPiece = (r) => ({
  id: r.id,
  productId: r.product_id,
  sku: r.sku,
  nameHi: r.name_hi,
  nameEn: r.name_en,
  tag: r.tag,
  status: r.status,
  note: r.note,
  updatedAt: r.updated_at,
  rentalId: r.rental_id,
  rentalNo: r.rental_no
});
function getPiece(db, pieceId, field = "pieceId") {
  const r = stmt(db, `${PIECE_SQL} WHERE c.id = ?`).get(pieceId);
  if (!r) throw new AppError("NOT_FOUND", { what: "piece", field, id: pieceId });
  return toPiece(r);
}
function listPieces(db, q2) {
  return stmt(
    db,
    `${PIECE_SQL} WHERE (? IS NULL OR c.product_id = ?) AND (? IS NULL OR c.status = ?) ORDER BY p.sku, c.tag`
  ).all(q2.productId ?? null, q2.productId ?? null, q2.status ?? null, q2.status ?? null).map(toPiece);
}
function pieceHistory(db, pieceId) {
  return stmt(
    db,
    `SELECT e.at, e.status, e.note, u.name AS by, r.rental_no, e.photo_id FROM rental_piece_events e
       LEFT JOIN users u ON u.id = e.user_id LEFT JOIN rentals r ON r.id = e.rental_id WHERE e.piece_id = ? ORDER BY e.id`
  ).all(pieceId).map((e) => ({ at: e.at, status: e.status, note: e.note, by: e.by ?? "", rentalNo: e.rental_no, photoId: e.photo_id }));
}
function movePiece(db, pieceId, status, e) {
  stmt(db, "INSERT INTO rental_piece_events (piece_id, at, status, note, user_id, rental_id, photo_id) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
    pieceId,
    e.at,
    status,
    e.note ?? "",
    e.userId,
    e.rentalId ?? null,
    e.photoId ?? null
  );
  stmt(db, `UPDATE rental_pieces SET status = ?, note = CASE WHEN ? = '' THEN note ELSE ? END, updated_at = ? WHERE id = ?`).run(status, e.note ?? "", e.note ?? "", e.at, pieceId);
}
function tagTaken(db, tag) {
  return Boolean(
    stmt(db, "SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE").get(tag) || stmt(db, "SELECT 1 FROM barcodes WHERE code = ? COLLATE NOCASE").get(tag) || stmt(db, "SELECT 1 FROM products WHERE sku = ? COLLATE NOCASE").get(tag)
  );
}
function addPieces(db, input2, userId, now) {
  const p = rentableProduct(db, input2.productId);
  const terms = readTerms(db, p.id);
  if (!terms) throw new AppError("RENTAL_TERMS_MISSING", { field: "productId", id: p.id, sku: p.sku });
  if (terms.mode !== "pieces") throw new AppError("CONFLICT", { field: "productId", reason: "countedMode", id: p.id, sku: p.sku });
  if (input2.tags.length + input2.count === 0) throw new AppError("INVALID_INPUT", { issues: [{ path: ["count"], code: "too_small", message: "too_small", minimum: 1 }] });
  const issues = input2.tags.flatMap((t, i2) => tagTaken(db, t) || input2.tags.findIndex((o) => o.toLowerCase() === t.toLowerCase()) !== i2 ? [{ path: ["tags", i2], code: "custom", message: "tag_taken" }] : []);
  if (issues.length) throw new AppError("INVALID_INPUT", { issues });
  const tagged = stmt(db, `SELECT count(*) AS n FROM rental_pieces WHERE product_id = ? AND status <> 'retired'`).get(p.id).n;
  const untagged = ownedUnits(db, p.id) - tagged;
  const wanted = input2.tags.length + input2.count;
  if (wanted > untagged) {
    throw new AppError("INSUFFICIENT_STOCK", { field: input2.count ? "count" : "tags", productId: p.id, sku: p.sku, onHandMilli: Math.max(0, untagged) * 1e3, requestedMilli: wanted * 1e3 });
  }
  const tags = [...input2.tags];
  for (let n = 1; tags.length < wanted; n++) {
    const made = `${p.sku}-${n}`;
    if (!tagTaken(db, made) && !tags.some((t) => t.toLowerCase() === made.toLowerCase())) tags.push(made);
  }
  const at = now.toISOString();
  return tags.map((tag) => {
    const id2 = Number(stmt(db, `INSERT INTO rental_pieces (uid, product_id, tag, status, created_at, updated_at) VALUES (?, ?, ?, 'ready', ?, ?)`).run(v7_default(), p.id, tag, at, at).lastInsertRowid);
    movePiece(db, id2, "ready", { note: "", userId, at });
    return getPiece(db, id2);
  });
}
function setPieceStatus(db, input2, user, now) {
  const before = getPiece(db, input2.pieceId);
  if (before.status === "out") throw new AppError("CONFLICT", { field: "status", reason: "pieceOut", tag: before.tag, rentalNo: before.rentalNo });
  if (before.status === "retired") throw new AppError("CONFLICT", { field: "status", reason: "pieceRetired", tag: before.tag });
  if (input2.photoId !== void 0 && !stmt(db, "SELECT id FROM rental_photos WHERE id = ?").get(input2.photoId)) {
    throw new AppError("NOT_FOUND", { what: "photo", field: "photoId", id: input2.photoId });
  }
  const at = now.toISOString();
  if (input2.status === "retired") {
    if (user.role === "cashier") throw new AppError("FORBIDDEN", { field: "status", reason: "retire", need: "manager" });
    recordMovement(db, { productId: before.productId, qtyMilli: -1e3, kind: "write_off", userId: user.id, at: now, reason: `retired ${before.tag}${input2.note ? `: ${input2.note}` : ""}`, reference: before.tag, refType: "rental_piece", path: ["pieceId"] });
  }
  movePiece(db, before.id, input2.status, { note: input2.note, userId: user.id, at, photoId: input2.photoId ?? null });
  return { before, after: getPiece(db, before.id) };
}
function lookup(db, code2) {
  const piece = stmt(db, "SELECT id, product_id, tag FROM rental_pieces WHERE tag = ? COLLATE NOCASE").get(code2);
  if (piece) {
    const rental2 = stmt(
      db,
      `SELECT r.id FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.piece_id = ? AND r.status IN ('out', 'booked')
        ORDER BY r.status = 'out' DESC, r.from_date LIMIT 1`
    ).get(piece.id);
    return { productId: piece.product_id, pieceId: piece.id, tag: piece.tag, rentalId: rental2?.id ?? null };
  }
  const productId = productIdByCode(db, code2);
  if (productId === null) return null;
  const forRent = stmt(db, "SELECT for_rent FROM products WHERE id = ?").get(productId)?.for_rent === 1;
  return forRent ? { productId, pieceId: null, tag: null, rentalId: null } : null;
}

// src/core/rentals/read.ts
function rentalRow(db, id2, field = "rentalId") {
  const r = stmt(db, "SELECT * FROM rentals WHERE id = ?").get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "rental", field, id: id2 });
  return r;
}
function lineRows(db, rentalId) {
  return stmt(
    db,
    `SELECT l.*, c.tag, COALESCE(sum(x.qty), 0) AS returned, COALESCE(sum(x.missing_qty), 0) AS missing
       FROM rental_lines l LEFT JOIN rental_pieces c ON c.id = l.piece_id LEFT JOIN rental_return_lines x ON x.line_id = l.id
      WHERE l.rental_id = ? GROUP BY l.id ORDER BY l.line_no`
  ).all(rentalId);
}
var stillOut = (l) => l.qty - l.returned - l.missing;
var lineRent = (l, days) => rentPerUnit({ dayPricePaise: l.day_price_paise, eventPricePaise: l.event_price_paise, eventDays: l.event_days }, days) * l.qty;
var userName = (db, id2) => id2 === null ? null : stmt(db, "SELECT name FROM users WHERE id = ?").get(id2)?.name ?? null;
function returnsOf(db, rentalId) {
  const rets = stmt(
    db,
    `SELECT rr.id, rr.return_no, rr.at, rr.business_date, u.name AS cashier, a.name AS approver, rr.late_days, rr.late_fee_waived
       FROM rental_returns rr JOIN users u ON u.id = rr.user_id LEFT JOIN users a ON a.id = rr.approved_by WHERE rr.rental_id = ? ORDER BY rr.n`
  ).all(rentalId);
  return rets.map((rr) => {
    const sums = stmt(db, "SELECT kind, sum(amount_paise) AS amount FROM rental_charges WHERE return_id = ? GROUP BY kind").all(rr.id);
    const k = (kind) => sums.find((s) => s.kind === kind)?.amount ?? 0;
    const moneyBack = -stmt(db, "SELECT COALESCE(sum(amount_paise), 0) AS p FROM rental_payments WHERE return_id = ?").get(rr.id).p || 0;
    const lines2 = stmt(
      db,
      `SELECT x.line_id, l.name_hi, l.name_en, c.tag, x.qty, x.missing_qty, x.late_fee_paise, x.damage_paise, x.damage_note, x.photo_id, x.condition
         FROM rental_return_lines x JOIN rental_lines l ON l.id = x.line_id LEFT JOIN rental_pieces c ON c.id = l.piece_id WHERE x.return_id = ? ORDER BY l.line_no`
    ).all(rr.id);
    const released = -k("deposit_release") || 0;
    const open2 = released - k("late_fee") - k("damage") - moneyBack;
    return {
      id: rr.id,
      returnNo: rr.return_no,
      at: rr.at,
      businessDate: rr.business_date,
      cashier: rr.cashier,
      approvedBy: rr.approver,
      lateDays: rr.late_days,
      lateFeePaise: k("late_fee"),
      lateFeeWaived: rr.late_fee_waived === 1,
      damagePaise: k("damage"),
      depositReleasedPaise: released,
      openChargesPaise: open2,
      refundPaise: moneyBack,
      lines: lines2.map((l) => ({
        lineId: l.line_id,
        nameHi: l.name_hi,
        nameEn: l.name_en,
        tag: l.tag,
        qty: l.qty,
        missingQty: l.missing_qty,
        lateFeePaise: l.late_fee_paise,
        damagePaise: l.damage_paise,
        damageNote: l.damage_note,
        photoId: l.photo_id,
        condition: l.condition
      }))
    };
  });
}
function getRental(db, id2, today) {
  const r = rentalRow(db, id2, "id");
  const lines2 = lineRows(db, id2);
  const days = rentalDays(r.from_date, r.due_date);
  const charges = stmt(db, "SELECT line_id, kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges WHERE rental_id = ? GROUP BY line_id, kind").all(id2);
  const charged = (lineId, kind) => charges.filter((c) => c.line_id === lineId && c.kind === kind).reduce((a, c) => a + c.amount, 0);
  const total = (kind) => charges.filter((c) => c.kind === kind).reduce((a, c) => a + c.amount, 0);
  const pickedUp = r.picked_up_at !== null;
  const outLines = lines2.map((l) => ({
    lineId: l.id,
    lineNo: l.line_no,
    productId: l.product_id,
    sku: l.sku,
    nameHi: l.name_hi,
    nameEn: l.name_en,
    mode: l.mode,
    pieceId: l.piece_id,
    tag: l.tag,
    qty: l.qty,
    rentPaise: pickedUp ? charged(l.id, "rent") : lineRent(l, days),
    depositPaise: pickedUp ? charged(l.id, "deposit") : l.deposit_paise * l.qty,
    lateFeePerDayPaise: l.late_fee_per_day_paise * l.qty,
    bufferDays: l.buffer_days,
    returnedQty: l.returned,
    missingQty: l.missing,
    artisanId: l.artisan_id,
    gstRateBps: l.gst_rate_bps
  }));
  const payments = stmt(
    db,
    "SELECT at, event, method, amount_paise, tendered_paise, change_paise, ref FROM rental_payments WHERE rental_id = ? ORDER BY id"
  ).all(id2).map((p) => ({ at: p.at, event: p.event, method: p.method, amountPaise: p.amount_paise, tenderedPaise: p.tendered_paise, changePaise: p.change_paise, ref: p.ref }));
  const paid = payments.reduce((a, p) => a + p.amountPaise, 0);
  const late = r.status === "out" ? lateDays(r.due_date, today) : 0;
  return {
    id: r.id,
    rentalNo: r.rental_no,
    status: r.status,
    customer: { name: r.customer_name, phone: r.customer_phone, idNote: r.customer_id_note, address: r.customer_address },
    eventDate: r.event_date,
    fromDate: r.from_date,
    dueDate: r.due_date,
    days,
    createdAt: r.created_at,
    createdBy: userName(db, r.created_by) ?? "",
    pickedUpAt: r.picked_up_at,
    pickedUpBy: userName(db, r.picked_up_by),
    closedAt: r.closed_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    note: r.note,
    lines: outLines,
    returns: returnsOf(db, id2),
    payments,
    rentPaise: outLines.reduce((a, l) => a + l.rentPaise, 0),
    depositPaise: outLines.reduce((a, l) => a + l.depositPaise, 0),
    depositHeldPaise: total("deposit") + total("deposit_release"),
    advancePaise: payments.filter((p) => p.event === "booking").reduce((a, p) => a + p.amountPaise, 0),
    balancePaise: charges.reduce((a, c) => a + c.amount, 0) - paid,
    taxPaise: charges.reduce((a, c) => a + c.tax, 0),
    lateDaysNow: late,
    lateFeeNowPaise: late * lines2.reduce((a, l) => a + l.late_fee_per_day_paise * stillOut(l), 0)
  };
}

// src/core/rentals/pickup.ts
var pieceRow = (db, id2) => stmt(db, "SELECT id, product_id, tag, status FROM rental_pieces WHERE id = ?").get(id2);
function swapsOf(db, r, lines2, swaps, today) {
  const out = /* @__PURE__ */ new Map();
  swaps.forEach((sw, k) => {
    const field = ["swaps", k, "pieceId"];
    const line = lines2.find((l) => l.id === sw.lineId);
    if (!line) throw new AppError("NOT_FOUND", { what: "rentalLine", field: ["swaps", k, "lineId"], id: sw.lineId });
    if (line.mode !== "pieces") invalid(["swaps", k, "lineId"], "invalid_value");
    if (out.has(line.id)) invalid(["swaps", k, "lineId"], "duplicate");
    const piece = pieceRow(db, sw.pieceId);
    if (!piece || piece.product_id !== line.product_id) throw new AppError("NOT_FOUND", { what: "piece", field, id: sw.pieceId });
    if (piece.status !== "ready") throw new AppError("PIECE_NOT_READY", { field, tag: piece.tag, status: piece.status });
    const end = addDays(r.due_date, line.buffer_days);
    if (!pieceFree(segments(db, line.product_id, today, end, today, r.id), piece.id, today, end)) {
      throw new AppError("RENTAL_UNAVAILABLE", { field, sku: line.sku, tag: piece.tag, date: today, free: 0, wanted: 1 });
    }
    out.set(line.id, piece);
  });
  const final = lines2.filter((l) => l.piece_id !== null).map((l) => out.get(l.id)?.id ?? l.piece_id);
  swaps.forEach((sw, k) => {
    if (final.filter((id2) => id2 === sw.pieceId).length > 1) invalid(["swaps", k, "pieceId"], "duplicate");
  });
  return out;
}
function pickUp(db, input2, user, now) {
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input2.rentalId);
  if (r.status !== "booked") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rental_no, status: r.status });
  if (s.day < r.from_date) throw new AppError("RENTAL_DATES", { field: "rentalId", reason: "early", fromDate: r.from_date, today: s.day });
  if (s.day > r.due_date) throw new AppError("RENTAL_DATES", { field: "rentalId", reason: "afterDue", dueDate: r.due_date, today: s.day });
  const lines2 = lineRows(db, r.id);
  const swapped = swapsOf(db, r, lines2, input2.swaps, s.day);
  for (const l of lines2) {
    if (l.piece_id === null) continue;
    const piece = swapped.get(l.id) ?? pieceRow(db, l.piece_id);
    if (piece.status !== "ready") throw new AppError("PIECE_NOT_READY", { field: "swaps", lineId: l.id, tag: piece.tag, status: piece.status });
  }
  const days = rentalDays(r.from_date, r.due_date);
  const rent = lines2.reduce((a, l) => a + lineRent(l, days), 0);
  const deposit = lines2.reduce((a, l) => a + l.deposit_paise * l.qty, 0);
  const advance = -balanceOf2(db, r.id) || 0;
  const due = rent + deposit - advance;
  const payments = exactPayments(input2.payments, due, { totalPaise: due, rentPaise: rent, depositPaise: deposit, advancePaise: advance });
  for (const l of lines2) {
    const piece = swapped.get(l.id);
    if (piece) stmt(db, "UPDATE rental_lines SET piece_id = ? WHERE id = ?").run(piece.id, l.id);
    const pieceId = piece?.id ?? l.piece_id;
    recordMovement(db, { productId: l.product_id, qtyMilli: -l.qty * 1e3, kind: "rental_out", userId: user.id, at: now, reason: "rental", reference: r.rental_no, refType: "rental", refId: r.uid, path: ["rentalId"] });
    chargeLine(db, l, { rentalId: r.id, kind: "rent", amountPaise: lineRent(l, days) }, s);
    chargeLine(db, l, { rentalId: r.id, kind: "deposit", amountPaise: l.deposit_paise * l.qty }, s);
    if (pieceId !== null) movePiece(db, pieceId, "out", { note: input2.note, userId: user.id, at: s.at, rentalId: r.id });
  }
  pay2(db, r, "pickup", payments, s);
  stmt(db, `UPDATE rentals SET status = 'out', picked_up_at = ?, picked_up_by = ?, note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' \xB7 ' || ? END WHERE id = ?`).run(
    s.at,
    user.id,
    input2.note,
    input2.note,
    input2.note,
    r.id
  );
}

// src/core/rentals/book.ts
function nextRentalNo(db, day2) {
  const shop = shopOf(db);
  const counter = `R-${shop.counterCode}`;
  const { fy, seq } = nextSeq(db, counter, day2);
  return { rentalNo: `${shop.billPrefix}/R/${fy}/${shop.counterCode}-${String(seq).padStart(6, "0")}`, fy, seq, counter };
}
function checkNewDates(r, today) {
  checkDate(r.fromDate, "fromDate");
  checkDate(r.dueDate, "dueDate");
  checkDate(r.eventDate, "eventDate");
  if (r.fromDate < today) throw new AppError("RENTAL_DATES", { field: "fromDate", reason: "past", today });
  checkSpan(r.fromDate, r.dueDate, "dueDate");
  if (r.eventDate !== null && (r.eventDate < r.fromDate || r.eventDate > r.dueDate)) throw new AppError("RENTAL_DATES", { field: "eventDate", reason: "outside" });
}
function insertRental(db, r, lines2, s) {
  const no = nextRentalNo(db, s.day);
  const uid = v7_default();
  const id2 = Number(
    stmt(
      db,
      `INSERT INTO rentals (uid, rental_no, counter_code, fy, seq, status, customer_name, customer_phone, customer_id_note, customer_address, event_date,
         from_date, due_date, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(uid, no.rentalNo, no.counter, no.fy, no.seq, r.customer.name, r.customer.phone, r.customer.idNote, r.customer.address, r.eventDate, r.fromDate, r.dueDate, r.note, s.at, s.userId).lastInsertRowid
  );
  let lineNo = 0;
  const taxed = gstOn(db);
  for (const l of lines2) {
    const units = l.terms.mode === "pieces" ? l.pieceIds.map((pieceId) => ({ pieceId, qty: 1 })) : [{ pieceId: null, qty: l.qty }];
    for (const u of units) {
      const t = l.terms;
      stmt(
        db,
        `INSERT INTO rental_lines (uid, rental_id, line_no, product_id, piece_id, qty, sku, name_hi, name_en, mode, day_price_paise, event_price_paise, event_days,
           deposit_paise, late_fee_per_day_paise, buffer_days, artisan_id, commission_bps, gst_rate_bps, hsn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        v7_default(),
        id2,
        ++lineNo,
        l.productId,
        u.pieceId,
        u.qty,
        l.sku,
        l.nameHi,
        l.nameEn,
        t.mode,
        t.dayPricePaise,
        t.eventPricePaise,
        t.eventDays,
        t.depositPaise,
        t.lateFeePerDayPaise,
        t.bufferDays,
        l.artisanId,
        l.commissionBps,
        taxed ? l.gstRateBps : 0,
        l.hsn
      );
    }
  }
  return { id: id2, uid };
}
function book(db, input2, user, now) {
  const s = stampOf(db, now, user.id);
  checkNewDates(input2, s.day);
  const lines2 = planLines(db, input2.lines, input2.fromDate, input2.dueDate, { today: s.day, strict: true });
  const { totalPaise } = quoteOf(lines2, input2.fromDate, input2.dueDate);
  const advance = input2.advance.reduce((a, p) => a + p.amountPaise, 0);
  if (advance > totalPaise) throw new AppError("INVALID_INPUT", { issues: [{ path: ["advance"], code: "too_big", message: "advance_over_total", maximum: totalPaise }] });
  const payments = exactPayments(input2.advance, advance, {}, "advance");
  const rental2 = insertRental(db, input2, lines2, s);
  pay2(db, rental2, "booking", payments, s);
  return rental2.id;
}
function walkIn(db, input2, user, now) {
  const s = stampOf(db, now, user.id);
  const r = { ...input2, fromDate: s.day };
  checkNewDates(r, s.day);
  const lines2 = planLines(db, input2.lines, r.fromDate, r.dueDate, { today: s.day, strict: true, ready: true });
  const rental2 = insertRental(db, r, lines2, s);
  pickUp(db, { rentalId: rental2.id, payments: input2.payments, swaps: [], note: "" }, user, now);
  return rental2.id;
}

// src/core/rentals/photos.ts
function addPhoto(db, input2, userId, now) {
  const r = rentalRow(db, input2.rentalId);
  if (r.status !== "out") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rental_no, status: r.status });
  const { bytes, mime } = checkPhoto(input2.base64, { claimed: input2.mime });
  const photoId = Number(
    stmt(db, "INSERT INTO rental_photos (uid, rental_id, mime, bytes, at, user_id) VALUES (?, ?, ?, ?, ?, ?)").run(v7_default(), r.id, mime, bytes, now.toISOString(), userId).lastInsertRowid
  );
  return { photoId, mime, bytes: bytes.length };
}
function getPhoto(db, photoId) {
  const p = stmt(db, "SELECT mime, bytes FROM rental_photos WHERE id = ?").get(photoId);
  if (!p) throw new AppError("NOT_FOUND", { what: "rentalPhoto", field: "photoId", id: photoId });
  return { mime: p.mime, base64: p.bytes.toString("base64") };
}
function checkPhotoOf(db, rentalId, photoId, field) {
  const owner = stmt(db, "SELECT rental_id FROM rental_photos WHERE id = ?").get(photoId);
  if (owner?.rental_id !== rentalId) throw new AppError("NOT_FOUND", { what: "rentalPhoto", field, id: photoId });
}

// src/core/rentals/checkin.ts
function checkIn(db, input2, user, now) {
  const approver = approverOf(db, input2, now);
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input2.rentalId);
  if (r.status !== "out") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rental_no, status: r.status });
  if (input2.waiveLateFee) requireManager(user, approver, "waiveLateFee", "waiveLateFee");
  const lines2 = lineRows(db, r.id);
  const late = lateDays(r.due_date, s.day);
  const seen = /* @__PURE__ */ new Set();
  const back = input2.lines.map((b, i2) => {
    const path5 = ["lines", i2];
    const l = lines2.find((x2) => x2.id === b.lineId);
    if (!l) throw new AppError("NOT_FOUND", { what: "rentalLine", field: [...path5, "lineId"], id: b.lineId });
    if (seen.has(l.id)) throw new AppError("CONFLICT", { field: [...path5, "lineId"], reason: "twice" });
    seen.add(l.id);
    const units = b.qty + b.missingQty;
    if (units === 0) invalid([...path5, "qty"], "nothing_back");
    if (units > stillOut(l)) {
      throw new AppError("RENTAL_RETURN_TOO_MANY", { field: [...path5, "qty"], lineId: l.id, outQty: stillOut(l), wanted: units, returnedQty: l.returned, missingQty: l.missing });
    }
    if ((b.damagePaise > 0 || b.missingQty > 0) && !b.damageNote) invalid([...path5, "damageNote"], "damage_note");
    if (b.photoId !== void 0) checkPhotoOf(db, r.id, b.photoId, [...path5, "photoId"]);
    return { b, l, units, released: l.deposit_paise * units, lateFee: input2.waiveLateFee ? 0 : late * l.late_fee_per_day_paise * units };
  });
  const released = back.reduce((a, x2) => a + x2.released, 0);
  const fees = back.reduce((a, x2) => a + x2.lateFee + x2.b.damagePaise, 0);
  const open2 = balanceOf2(db, r.id);
  const net = released - fees - open2;
  const payments = exactPayments(input2.payments, Math.max(0, -net), { totalPaise: Math.max(0, -net), chargesPaise: fees + open2, depositPaise: released });
  if (net > 0 && !input2.refundMethod) invalid(["refundMethod"], "refund_needed");
  const n = stmt(db, "SELECT count(*) + 1 AS n FROM rental_returns WHERE rental_id = ?").get(r.id).n;
  const returnId = Number(
    stmt(db, `INSERT INTO rental_returns (uid, return_no, rental_id, n, at, business_date, user_id, approved_by, late_days, late_fee_waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      v7_default(),
      `${r.rental_no}/${n}`,
      r.id,
      n,
      s.at,
      s.day,
      user.id,
      approver?.id ?? null,
      late,
      input2.waiveLateFee ? 1 : 0
    ).lastInsertRowid
  );
  for (const { b, l, released: dep, lateFee } of back) {
    stmt(db, `INSERT INTO rental_return_lines (return_id, line_id, qty, missing_qty, late_fee_paise, damage_paise, damage_note, photo_id, condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      returnId,
      l.id,
      b.qty,
      b.missingQty,
      lateFee,
      b.damagePaise,
      b.damageNote,
      b.photoId ?? null,
      b.condition
    );
    const c = { rentalId: r.id, returnId };
    chargeLine(db, l, { ...c, kind: "deposit_release", amountPaise: -dep }, s);
    chargeLine(db, l, { ...c, kind: "late_fee", amountPaise: lateFee }, s);
    chargeLine(db, l, { ...c, kind: "damage", amountPaise: b.damagePaise, note: b.damageNote }, s);
    if (b.qty > 0) recordMovement(db, { productId: l.product_id, qtyMilli: b.qty * 1e3, kind: "rental_in", userId: user.id, at: now, reason: "rental return", reference: `${r.rental_no}/${n}`, refType: "rental", refId: r.uid });
    if (l.piece_id !== null) {
      const e = { userId: user.id, at: s.at, rentalId: r.id, photoId: b.photoId ?? null };
      if (b.qty > 0) movePiece(db, l.piece_id, b.condition === "repair" ? "repair" : "cleaning", { ...e, note: b.damageNote });
      else movePiece(db, l.piece_id, "retired", { ...e, note: `\u0917\u0941\u092E / missing: ${b.damageNote}` });
    }
  }
  if (net < 0) pay2(db, r, "return", payments, s, returnId);
  if (net > 0) pay2(db, r, "return", [{ method: input2.refundMethod, amountPaise: -net }], s, returnId);
  if (lineRows(db, r.id).every((l) => stillOut(l) === 0)) {
    stmt(db, `UPDATE rentals SET status = 'returned', closed_at = ?, closed_by = ? WHERE id = ?`).run(s.at, user.id, r.id);
  }
  return returnId;
}

// src/core/rentals/extend-cancel.ts
var unitsOf = (r, l) => r.status === "booked" ? l.qty : stillOut(l);
function checkExtension(db, r, lines2, newDue, today) {
  const start = addDays(r.due_date, 1);
  const unavailable = (d) => new AppError("RENTAL_UNAVAILABLE", { field: "newDueDate", ...d });
  const counted = /* @__PURE__ */ new Map();
  for (const l of lines2) {
    const units = unitsOf(r, l);
    if (units === 0) continue;
    const end = addDays(newDue, l.buffer_days);
    if (l.piece_id !== null) {
      const segs = segments(db, l.product_id, start, end, today, r.id);
      if (!pieceFree(segs, l.piece_id, start, end)) throw unavailable({ sku: l.sku, tag: l.tag, date: firstHeld(segs, l.piece_id, start, end), free: 0, wanted: 1 });
      continue;
    }
    const c = counted.get(l.product_id) ?? { sku: l.sku, units: 0, end };
    counted.set(l.product_id, { sku: c.sku, units: c.units + units, end: end > c.end ? end : c.end });
  }
  for (const [productId, c] of counted) {
    const segs = segments(db, productId, start, c.end, today, r.id);
    const total = ownedUnits(db, productId);
    for (const d of datesFrom(start, c.end)) {
      const free = total - heldOn(segs, d);
      if (free < c.units) throw unavailable({ sku: c.sku, date: d, free: Math.max(0, free), wanted: c.units });
    }
  }
}
function extend2(db, input2, user, now) {
  const s = stampOf(db, now, user.id);
  checkDate(input2.newDueDate, "newDueDate");
  const r = rentalRow(db, input2.rentalId);
  if (r.status !== "booked" && r.status !== "out") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rental_no, status: r.status });
  if (input2.newDueDate <= r.due_date) throw new AppError("RENTAL_DATES", { field: "newDueDate", reason: "notLater", dueDate: r.due_date });
  if (input2.newDueDate < s.day) throw new AppError("RENTAL_DATES", { field: "newDueDate", reason: "past", today: s.day });
  checkSpan(r.from_date, input2.newDueDate, "newDueDate");
  const lines2 = lineRows(db, r.id);
  checkExtension(db, r, lines2, input2.newDueDate, s.day);
  const [oldDays, newDays] = [rentalDays(r.from_date, r.due_date), rentalDays(r.from_date, input2.newDueDate)];
  const extra2 = lines2.map((l) => {
    if (r.status !== "out") return 0;
    const t = { dayPricePaise: l.day_price_paise, eventPricePaise: l.event_price_paise, eventDays: l.event_days };
    return (rentPerUnit(t, newDays) - rentPerUnit(t, oldDays)) * stillOut(l);
  });
  const extraTotal = extra2.reduce((a, x2) => a + x2, 0);
  const payments = input2.payments.length ? exactPayments(input2.payments, extraTotal, { totalPaise: extraTotal }) : [];
  lines2.forEach((l, i2) => chargeLine(db, l, { rentalId: r.id, kind: "rent", amountPaise: extra2[i2], note: `${r.due_date} -> ${input2.newDueDate}` }, s));
  pay2(db, r, "extend", payments, s);
  stmt(db, "UPDATE rentals SET due_date = ? WHERE id = ?").run(input2.newDueDate, r.id);
  return { before: r.due_date, after: input2.newDueDate, extraRentPaise: extraTotal };
}
function cancel(db, input2, user, now) {
  const approver = approverOf(db, input2, now);
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input2.rentalId);
  if (r.status !== "booked") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rental_no, status: r.status });
  const rules = readRules(db);
  const advance = -balanceOf2(db, r.id) || 0;
  let keep;
  let rule2;
  if (input2.keepPaise !== void 0) {
    requireManager(user, approver, "cancelKeep", "keepPaise");
    if (input2.keepPaise > advance) invalid(["keepPaise"], "keep_over_advance");
    [keep, rule2] = [input2.keepPaise, "manager"];
  } else {
    const daysBefore = daysBetween(s.day, r.from_date);
    keep = keptByRule(rules, advance, daysBefore);
    rule2 = daysBefore >= rules.cancelFreeDays ? "free" : `keep:${rules.cancelKeepBps}`;
  }
  const refund = advance - keep;
  if (refund > 0 && !input2.refundMethod) invalid(["refundMethod"], "refund_needed");
  charge(db, { rentalId: r.id, kind: "cancel_keep", amountPaise: keep, note: input2.reason }, s);
  if (refund > 0) pay2(db, r, "cancel", [{ method: input2.refundMethod, amountPaise: -refund }], s);
  stmt(db, `UPDATE rentals SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`).run(s.at, user.id, input2.reason, r.id);
  return { keptPaise: keep, refundPaise: refund, rule: rule2 };
}

// src/core/rentals/list.ts
var PICKUP_DAYS = 14;
var VIEWS = {
  due_today: { where: `r.status = 'out' AND r.due_date = @today`, order: "r.due_date, r.id" },
  overdue: { where: `r.status = 'out' AND r.due_date < @today`, order: "r.due_date, r.id" },
  // Bookings not picked up on their day stay on the list until picked up or cancelled.
  pickups: { where: `r.status = 'booked' AND r.from_date <= @until`, order: "r.from_date, r.id" },
  out: { where: `r.status = 'out'`, order: "r.due_date, r.id" },
  booked: { where: `r.status = 'booked'`, order: "r.from_date, r.id" },
  returned: { where: `r.status = 'returned'`, order: "r.closed_at DESC, r.id DESC" },
  cancelled: { where: `r.status = 'cancelled'`, order: "r.cancelled_at DESC, r.id DESC" },
  all: { where: "1 = 1", order: "r.id DESC" }
};
var SEARCH = `(@q = '' OR r.customer_name LIKE @like ESCAPE '\\' OR replace(r.customer_phone, ' ', '') LIKE @like ESCAPE '\\' OR r.rental_no LIKE @like ESCAPE '\\')`;
function listRentals(db, q2, today) {
  const v = VIEWS[q2.view];
  const term = /^[+\d\s-]+$/.test(q2.q) ? q2.q.replace(/\s+/g, "") : q2.q;
  const params = { today, until: addDays(today, PICKUP_DAYS), q: q2.q, like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit: q2.limit, offset: q2.offset };
  const total = stmt(db, `SELECT count(*) AS n FROM rentals r WHERE ${v.where} AND ${SEARCH}`).get(params).n;
  const rows = stmt(
    db,
    `SELECT r.id, r.rental_no, r.status, r.customer_name, r.customer_phone, r.event_date, r.from_date, r.due_date,
            (SELECT sum(l.qty) FROM rental_lines l WHERE l.rental_id = r.id) AS units,
            CASE WHEN r.status = 'out' THEN (SELECT sum(l.qty) FROM rental_lines l WHERE l.rental_id = r.id)
              - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x JOIN rental_lines l ON l.id = x.line_id WHERE l.rental_id = r.id), 0) ELSE 0 END AS outstanding,
            CASE WHEN r.status = 'out' THEN (SELECT COALESCE(sum(l.late_fee_per_day_paise * (l.qty
              - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0))), 0) FROM rental_lines l WHERE l.rental_id = r.id) ELSE 0 END AS fee_per_day,
            (SELECT COALESCE(sum(c.amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id AND c.kind IN ('deposit', 'deposit_release')) AS deposit_held,
            (SELECT COALESCE(sum(c.amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id)
              - (SELECT COALESCE(sum(p.amount_paise), 0) FROM rental_payments p WHERE p.rental_id = r.id) AS balance
       FROM rentals r WHERE ${v.where} AND ${SEARCH} ORDER BY ${v.order} LIMIT @limit OFFSET @offset`
  ).all(params);
  return {
    total,
    today,
    rows: rows.map((r) => {
      const late = r.status === "out" ? lateDays(r.due_date, today) : 0;
      const items = stmt(
        db,
        "SELECT name_hi, name_en, sum(qty) AS qty FROM rental_lines WHERE rental_id = ? GROUP BY product_id ORDER BY min(line_no)"
      ).all(r.id);
      const words = (name2) => items.map((i2) => `${name2(i2)}${i2.qty > 1 ? ` x ${i2.qty}` : ""}`).join(", ");
      return {
        id: r.id,
        rentalNo: r.rental_no,
        status: r.status,
        customerName: r.customer_name,
        customerPhone: r.customer_phone,
        eventDate: r.event_date,
        fromDate: r.from_date,
        dueDate: r.due_date,
        itemsHi: words((i2) => i2.name_hi || i2.name_en),
        itemsEn: words((i2) => i2.name_en || i2.name_hi),
        units: r.units,
        outstandingUnits: r.outstanding,
        lateDays: late,
        lateFeePerDayPaise: r.fee_per_day,
        lateFeeNowPaise: late * r.fee_per_day,
        depositHeldPaise: r.deposit_held,
        balancePaise: r.balance
      };
    })
  };
}

// src/core/rentals/report.ts
function rentalReport(db, from, to) {
  checkDate(from, "from");
  checkDate(to, "to");
  if (from > to) invalid(["to"], "date_order");
  const kinds = stmt(
    db,
    "SELECT kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges WHERE business_date BETWEEN ? AND ? GROUP BY kind"
  ).all(from, to);
  const k = (kind) => kinds.find((x2) => x2.kind === kind)?.amount ?? 0;
  const tz = shopOf(db).tz;
  const rentals = stmt(db, "SELECT count(*) AS n FROM rentals WHERE picked_up_at >= ? AND picked_up_at < ?").get(dayStartUtc(from, tz), dayStartUtc(nextDate(to), tz)).n;
  const shares = stmt(
    db,
    `SELECT COALESCE(sum(e.amount_paise), 0) AS s FROM artisan_ledger e JOIN rental_charges c ON c.uid = e.ref_id
      WHERE e.rental_line_id IS NOT NULL AND e.ref_type = 'rental' AND e.kind = 'accrual' AND c.business_date BETWEEN ? AND ?`
  ).get(from, to).s;
  const deposits = stmt(db, `SELECT COALESCE(sum(amount_paise), 0) AS s FROM rental_charges WHERE kind IN ('deposit', 'deposit_release')`).get().s;
  const advances = stmt(db, `SELECT COALESCE(sum(p.amount_paise), 0) AS s FROM rental_payments p JOIN rentals r ON r.id = p.rental_id WHERE r.status = 'booked'`).get().s;
  const income = k("rent") + k("late_fee") + k("damage") + k("cancel_keep");
  const gst = kinds.reduce((a, x2) => a + x2.tax, 0);
  return {
    from,
    to,
    rentals,
    rentPaise: k("rent"),
    lateFeePaise: k("late_fee"),
    damagePaise: k("damage"),
    cancelKeptPaise: k("cancel_keep"),
    artisanSharePaise: shares,
    groupPaise: income - shares - gst,
    gstPaise: gst,
    depositsHeldPaise: deposits,
    advancesHeldPaise: advances
  };
}

// src/core/rentals/handlers.ts
var rental = (ctx, id2) => getRental(ctx.db, id2, todayOf(ctx.db, ctx.now));
var rentalsHandlers = {
  "rentals.listItems": ({ includeArchived }, { db }) => rentableItems(db, includeArchived),
  "rentals.setTerms": (input2, ctx) => {
    const { before, after } = setTerms(ctx.db, input2, caller(ctx).id, ctx.now);
    ctx.auditDetails({ before, after: after.terms });
    return after;
  },
  "rentals.addPieces": (input2, ctx) => addPieces(ctx.db, input2, caller(ctx).id, ctx.now),
  "rentals.listPieces": (q2, { db }) => listPieces(db, q2),
  "rentals.getPiece": ({ pieceId }, { db }) => ({ ...getPiece(db, pieceId), history: pieceHistory(db, pieceId) }),
  "rentals.setPieceStatus": (input2, ctx) => {
    const { before, after } = setPieceStatus(ctx.db, input2, caller(ctx), ctx.now);
    ctx.auditDetails({ tag: after.tag, before: before.status, after: after.status });
    return after;
  },
  "rentals.lookup": ({ code: code2 }, { db }) => lookup(db, code2),
  "rentals.getAvailability": ({ productId, from, to }, ctx) => {
    checkDate(from, "from");
    checkDate(to, "to");
    return availability(ctx.db, productId, from, to, todayOf(ctx.db, ctx.now));
  },
  "rentals.previewQuote": (q2, ctx) => {
    checkDate(q2.fromDate, "fromDate");
    checkDate(q2.dueDate, "dueDate");
    checkSpan(q2.fromDate, q2.dueDate, "dueDate");
    const lines2 = planLines(ctx.db, q2.lines, q2.fromDate, q2.dueDate, { today: todayOf(ctx.db, ctx.now), strict: false, excludeRentalId: q2.excludeRentalId });
    return quoteOf(lines2, q2.fromDate, q2.dueDate);
  },
  "rentals.book": (input2, ctx) => rental(ctx, book(ctx.db, input2, caller(ctx), ctx.now)),
  "rentals.walkIn": (input2, ctx) => rental(ctx, walkIn(ctx.db, input2, caller(ctx), ctx.now)),
  "rentals.pickUp": (input2, ctx) => {
    pickUp(ctx.db, input2, caller(ctx), ctx.now);
    return rental(ctx, input2.rentalId);
  },
  "rentals.checkIn": (input2, ctx) => {
    const returnId = checkIn(ctx.db, input2, caller(ctx), ctx.now);
    return { ...rental(ctx, input2.rentalId), returnId };
  },
  "rentals.extend": (input2, ctx) => {
    ctx.auditDetails(extend2(ctx.db, input2, caller(ctx), ctx.now));
    return rental(ctx, input2.rentalId);
  },
  "rentals.cancel": (input2, ctx) => {
    ctx.auditDetails(cancel(ctx.db, input2, caller(ctx), ctx.now));
    return rental(ctx, input2.rentalId);
  },
  "rentals.get": ({ id: id2 }, ctx) => rental(ctx, id2),
  "rentals.list": (q2, ctx) => listRentals(ctx.db, q2, todayOf(ctx.db, ctx.now)),
  "rentals.addPhoto": (input2, ctx) => {
    const { photoId, mime, bytes } = addPhoto(ctx.db, input2, caller(ctx).id, ctx.now);
    ctx.auditDetails({ input: { rentalId: input2.rentalId, mime, bytes }, photoId });
    return { photoId };
  },
  "rentals.getPhoto": ({ photoId }, { db }) => getPhoto(db, photoId),
  "rentals.getRules": (_i, { db }) => readRules(db),
  "rentals.updateRules": (input2, ctx) => {
    const before = readRules(ctx.db);
    const after = writeRules(ctx.db, input2, caller(ctx).id, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  "rentals.report": ({ from, to }, { db }) => rentalReport(db, from, to)
};

// src/core/session/users.ts
function createUser(db, name2, role, pin2, at) {
  const r = stmt(db, "INSERT INTO users (uid, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)").run(v7_default(), name2, role, hashPin(pin2), at.toISOString());
  return { id: Number(r.lastInsertRowid), name: name2, role };
}

// src/core/users/handlers.ts
var toMember = (r) => ({ id: r.id, name: r.name, role: r.role, active: r.active === 1, lockedUntil: r.locked_until, createdAt: r.created_at });
function member(db, id2) {
  const r = stmt(db, "SELECT * FROM users WHERE id = ?").get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "user", field: "id", id: id2 });
  return toMember(r);
}
function mayManage(ctx, target) {
  const me = caller(ctx);
  if (me.role === "owner" || target.role === "cashier" || target.id === me.id) return;
  throw new AppError("FORBIDDEN", { field: "role", reason: "ownerOnly" });
}
function keepAnOwner(db, id2) {
  const others = stmt(db, "SELECT count(*) AS n FROM users WHERE role = 'owner' AND active = 1 AND id <> ?").get(id2).n;
  if (others === 0) throw new AppError("CONFLICT", { field: "active", reason: "lastOwner" });
}
var usersHandlers = {
  "users.list": ({ includeInactive }, { db }) => stmt(db, "SELECT * FROM users WHERE active = 1 OR ? = 1 ORDER BY active DESC, role DESC, name").all(includeInactive ? 1 : 0).map(toMember),
  "users.create": ({ name: name2, role, pin: pin2 }, ctx) => {
    mayManage(ctx, { role });
    if (stmt(ctx.db, "SELECT 1 FROM users WHERE name = ? AND active = 1").get(name2)) throw new AppError("CONFLICT", { field: "name", reason: "sameName" });
    const u = createUser(ctx.db, name2, role, pin2, ctx.now);
    return member(ctx.db, u.id);
  },
  "users.resetPin": ({ id: id2, pin: pin2 }, ctx) => {
    const target = member(ctx.db, id2);
    mayManage(ctx, target);
    stmt(ctx.db, "UPDATE users SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?").run(hashPin(pin2), id2);
    ctx.endSessionsOf(id2);
    return member(ctx.db, id2);
  },
  "users.setActive": ({ id: id2, active }, ctx) => {
    const target = member(ctx.db, id2);
    mayManage(ctx, target);
    if (!active && target.role === "owner") keepAnOwner(ctx.db, id2);
    stmt(ctx.db, "UPDATE users SET active = ? WHERE id = ?").run(active ? 1 : 0, id2);
    if (!active) ctx.endSessionsOf(id2);
    ctx.auditDetails({ before: target.active, after: active });
    return member(ctx.db, id2);
  },
  "audit.list": (q2, { db }) => {
    const tz = stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? "Asia/Kolkata";
    const p = {
      action: q2.action ? `${q2.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null,
      userId: q2.userId ?? null,
      from: q2.from ? dayStartUtc(q2.from, tz) : null,
      to: q2.to ? dayStartUtc(nextDate(q2.to), tz) : null,
      offset: q2.offset,
      limit: q2.limit
    };
    const where2 = `WHERE (@action IS NULL OR a.action LIKE @action ESCAPE '\\') AND (@userId IS NULL OR a.user_id = @userId)
      AND (@from IS NULL OR a.at >= @from) AND (@to IS NULL OR a.at < @to)`;
    const rows = stmt(
      db,
      `SELECT a.id, a.at, u.name AS user_name, a.action, a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${where2} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`
    ).all(p);
    const total = stmt(db, `SELECT count(*) AS n FROM audit_log a ${where2}`).get(p).n;
    return { total, rows: rows.map((r) => ({ id: r.id, at: r.at, userName: r.user_name, action: r.action, details: JSON.parse(r.details) })) };
  }
};

// src/core/backup/handlers.ts
import fs5 from "node:fs";
import path4 from "node:path";

// src/core/backup/files.ts
import Database3 from "better-sqlite3";
import { createHash as createHash2 } from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";
function knownBackups(db) {
  return (file3, sha) => {
    const atPath = stmt(db, "SELECT sha256 FROM backups WHERE file = ? ORDER BY id DESC LIMIT 1").get(file3);
    if (atPath) return atPath.sha256 === sha ? "match" : "mismatch";
    return stmt(db, "SELECT 1 FROM backups WHERE sha256 = ? LIMIT 1").get(sha) ? "match" : "unknown";
  };
}
function sha256File(file3) {
  return createHash2("sha256").update(fs2.readFileSync(file3)).digest("hex");
}
var sidecar = (file3) => `${file3}.sha256`;
function verifyBackup(file3, known = () => "unknown") {
  if (!fs2.existsSync(file3)) return { ok: false, reason: "missing" };
  const head = Buffer.alloc(16);
  const fd2 = fs2.openSync(file3, "r");
  fs2.readSync(fd2, head, 0, 16, 0);
  fs2.closeSync(fd2);
  if (head.toString("latin1") !== "SQLite format 3\0") return { ok: false, reason: "not_sqlite" };
  const sha = sha256File(file3);
  const record2 = known(path2.resolve(file3), sha);
  if (record2 === "mismatch") return { ok: false, reason: "checksum" };
  if (record2 === "unknown" && fs2.existsSync(sidecar(file3)) && fs2.readFileSync(sidecar(file3), "utf8").trim().split(/\s+/)[0] !== sha) return { ok: false, reason: "checksum" };
  let db;
  try {
    db = new Database3(file3, { readonly: true, fileMustExist: true });
    if (db.pragma("integrity_check", { simple: true }) !== "ok") return { ok: false, reason: "corrupt" };
    const version2 = db.pragma("user_version", { simple: true });
    if (version2 > latestVersion()) return { ok: false, reason: "newer" };
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'shop_settings'").get()) return { ok: false, reason: "not_a_shop" };
    return { ok: true, sha256: sha, userVersion: version2, verified: record2 === "match" };
  } catch {
    return { ok: false, reason: "corrupt" };
  } finally {
    db?.close();
  }
}
async function backupTo(db, dir, now, tag) {
  fs2.mkdirSync(dir, { recursive: true });
  const stamp = `${shopFileStamp(db, now)}-${String(now.getUTCMilliseconds()).padStart(3, "0")}`;
  const file3 = path2.join(dir, `hamar-hatri-${stamp}-${tag}.db`);
  await db.backup(file3);
  const v = verifyBackup(file3);
  if (!v.ok) {
    fs2.rmSync(file3, { force: true });
    throw new Error(`backup failed verification: ${v.reason}`);
  }
  fs2.writeFileSync(sidecar(file3), `${v.sha256}  ${path2.basename(file3)}
`);
  return { file: file3, sha256: v.sha256, bytes: fs2.statSync(file3).size, at: now.toISOString() };
}
function prune(db, dir, keep) {
  const rows = stmt(db, "SELECT file FROM backups ORDER BY at DESC, id DESC").all();
  const here = [...new Set(rows.map((r) => r.file))].filter((f) => path2.dirname(f) === path2.resolve(dir) && fs2.existsSync(f));
  const gone = here.slice(keep);
  for (const f of gone) for (const ext of ["-wal", "-shm", ".sha256", ""]) fs2.rmSync(f + ext, { force: true });
  return gone;
}
function listBackupFiles(dir) {
  if (!fs2.existsSync(dir)) return [];
  return fs2.readdirSync(dir).filter((f) => /^hamar-hatri-.*\.db$/.test(f)).sort().reverse().map((f) => path2.join(dir, f));
}

// src/core/backup/restore.ts
import fs3 from "node:fs";
var requestFile = (dbFile) => `${dbFile}.restore.json`;
function requestRestore(dbFile, backupFile, sha256, at) {
  fs3.writeFileSync(requestFile(dbFile), JSON.stringify({ file: backupFile, sha256, requestedAt: at.toISOString() }));
}
function pendingRestore(dbFile) {
  const req = requestFile(dbFile);
  return fs3.existsSync(req) ? JSON.parse(fs3.readFileSync(req, "utf8")) : null;
}
function cancelRestore(dbFile) {
  const req = requestFile(dbFile);
  if (!fs3.existsSync(req)) return false;
  fs3.rmSync(req);
  return true;
}
function applyPendingRestore(dbFile, now = /* @__PURE__ */ new Date()) {
  const pending = pendingRestore(dbFile);
  if (!pending) return null;
  const { file: file3, sha256 } = pending;
  cancelRestore(dbFile);
  const v = verifyBackup(file3, (_f, sha) => sha === sha256 ? "match" : "mismatch");
  if (!v.ok) return { refused: v.reason };
  const aside = `${dbFile}.before-restore-${fileStamp(now)}`;
  for (const ext of ["", "-wal", "-shm"]) if (fs3.existsSync(dbFile + ext)) fs3.renameSync(dbFile + ext, aside + ext);
  fs3.copyFileSync(file3, dbFile);
  return { restoredFrom: file3, keptAside: aside };
}

// ../main/node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a3;
var Worker;
var isMarkedAsUntransferable;
try {
  _a3 = require2("worker_threads"), Worker = _a3.Worker, isMarkedAsUntransferable = _a3.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a3 = freb(fleb, 2);
var fl = _a3.b;
var revfl = _a3.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m21 = v | (1 << r_1) - 1; v <= m21; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w(32754);
        if (cls > 2) {
          w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w(cln), --cls;
        for (; cls > 6; cls -= 6)
          w(8304);
        if (cls > 2)
          w(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a4 = hTree(lf, 15), dlt = _a4.t, mlb = _a4.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl = 0;
              for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                ;
              if (nl > l) {
                l = nl, d = dif;
                if (nl > maxn)
                  break;
                var mmd = Math.min(dif, nl - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
      c = cr;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
function strToU8(str2, latin1) {
  if (latin1) {
    var ar_1 = new u8(str2.length);
    for (var i2 = 0; i2 < str2.length; ++i2)
      ar_1[i2] = str2.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str2);
  var l = str2.length;
  var ar = new u8(str2.length + (str2.length >> 1));
  var ai = 0;
  var w = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str2.charCodeAt(i2);
    if (c < 128 || latin1)
      w(c);
    else if (c < 2048)
      w(192 | c >> 6), w(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str2.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
    else
      w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a4 = r[fn], file3 = _a4[0], p = _a4[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m21 = com && strToU8(com), ms2 = m21 && m21.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file3, p) : file3, l = d.length;
    var c = crc();
    c.p(file3);
    files.push(mrg(p, {
      size: file3.length,
      crc: c.d(),
      c: d,
      f,
      m: m21,
      u: s != fn.length || m21 && com.length != ms2,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms2 || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}

// src/core/backup/export.ts
import fs4 from "node:fs";
import path3 from "node:path";
function tables(db) {
  return db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all().filter((t, _i, all) => !/^CREATE VIRTUAL TABLE/i.test(t.sql) && !all.some((v) => /^CREATE VIRTUAL TABLE/i.test(v.sql) && t.name.startsWith(`${v.name}_`))).map((t) => t.name).sort();
}
function exportAll(db, at) {
  const files = {};
  const manifest = [];
  for (const t of tables(db)) {
    const stmt2 = db.prepare(`SELECT * FROM "${t}"`);
    const cols = stmt2.columns().map((c) => c.name);
    const rows = stmt2.raw().all();
    const cellText = (v) => v === null ? "" : Buffer.isBuffer(v) ? `base64:${v.toString("base64")}` : v;
    files[`csv/${t}.csv`] = strToU8(writeCsv(cols, rows.map((r) => r.map(cellText))));
    files[`json/${t}.json`] = strToU8(JSON.stringify(rows.map((r) => Object.fromEntries(cols.map((c, i2) => [c, Buffer.isBuffer(r[i2]) ? r[i2].toString("base64") : r[i2]])))));
    manifest.push({ table: t, rows: rows.length });
  }
  files["manifest.json"] = strToU8(JSON.stringify({ app: "Hamar Hatri POS", exportedAt: at.toISOString(), schemaVersion: db.pragma("user_version", { simple: true }), tables: manifest }, null, 2));
  return zipSync(files, { level: 6 });
}
function writeExport(db, dir, at) {
  fs4.mkdirSync(dir, { recursive: true });
  const file3 = path3.join(dir, `hamar-hatri-export-${shopFileStamp(db, at)}.zip`);
  const zip = exportAll(db, at);
  fs4.writeFileSync(file3, zip);
  return { file: file3, bytes: zip.length };
}

// src/core/backup/handlers.ts
function backupSettings(db) {
  const r = stmt(db, "SELECT backup_dir, backup_keep FROM shop_settings WHERE id = 1").get();
  if (!r) throw new AppError("NOT_SET_UP");
  const fallback = db.name === ":memory:" ? "" : path4.join(path4.dirname(path4.resolve(db.name)), "backups");
  return { dir: r.backup_dir || fallback, isDefaultDir: r.backup_dir === "", keep: r.backup_keep };
}
var badField = (field, message) => new AppError("INVALID_INPUT", { issues: [{ path: [field], code: "custom", message }] });
async function makeBackup(db, now, reason2, record2 = (b) => recordBackup(db, b, reason2)) {
  const s = backupSettings(db);
  if (!s.dir) throw badField("dir", "backup_dir");
  const b = await backupTo(db, s.dir, now, reason2);
  record2(b);
  prune(db, s.dir, s.keep);
  return b;
}
function recordBackup(db, b, reason2) {
  stmt(db, "INSERT INTO backups (file, sha256, bytes, at, reason) VALUES (?, ?, ?, ?, ?)").run(b.file, b.sha256, b.bytes, b.at, reason2);
}
var backupHandlers = {
  "backup.getSettings": (_i, { db }) => backupSettings(db),
  "backup.updateSettings": ({ dir, keep }, ctx) => {
    if (dir && !path4.isAbsolute(dir)) throw badField("dir", "absolute_path");
    if (dir) {
      try {
        fs5.mkdirSync(dir, { recursive: true });
        fs5.accessSync(dir, fs5.constants.W_OK);
      } catch {
        throw badField("dir", "not_writable");
      }
    }
    const before = backupSettings(ctx.db);
    stmt(ctx.db, "UPDATE shop_settings SET backup_dir = ?, backup_keep = ? WHERE id = 1").run(dir, keep);
    const after = backupSettings(ctx.db);
    ctx.auditDetails({ before, after });
    return after;
  },
  "backup.now": (_i, ctx) => makeBackup(ctx.db, ctx.now, "manual", (b) => ctx.write((db) => recordBackup(db, b, "manual"), { file: b.file, sha256: b.sha256 })),
  "backup.list": (_i, { db }) => {
    const s = backupSettings(db);
    return listBackupFiles(s.dir).map((file3) => {
      const note2 = `${file3}.sha256`;
      const sha = fs5.existsSync(note2) ? fs5.readFileSync(note2, "utf8").split(/\s+/)[0] ?? "" : sha256File(file3);
      const st = fs5.statSync(file3);
      return { file: file3, sha256: sha, bytes: st.size, at: st.mtime.toISOString() };
    });
  },
  "backup.exportAll": (_i, { db, now }) => {
    const s = backupSettings(db);
    if (!s.dir) throw badField("dir", "backup_dir");
    return writeExport(db, s.dir, now);
  },
  "backup.verify": ({ file: file3 }, { db }) => {
    const v = verifyBackup(file3, knownBackups(db));
    if (!v.ok) return { ok: false, reason: v.reason };
    return v.verified ? { ok: true, sha256: v.sha256 } : { ok: true, sha256: v.sha256, unverified: true };
  },
  "backup.restore": ({ file: file3, acceptUnverified }, ctx) => {
    const v = verifyBackup(file3, knownBackups(ctx.db));
    if (!v.ok) throw new AppError("BACKUP_INVALID", { field: "file", reason: v.reason });
    if (!v.verified && !acceptUnverified) throw new AppError("BACKUP_UNVERIFIED", { field: "file", sha256: v.sha256 });
    if (ctx.db.name === ":memory:") throw new AppError("BACKUP_INVALID", { field: "file", reason: "memory" });
    requestRestore(path4.resolve(ctx.db.name), file3, v.sha256, ctx.now);
    ctx.auditDetails(v.verified ? { sha256: v.sha256 } : { sha256: v.sha256, unverified: true });
    return v.verified ? { restartRequired: true } : { restartRequired: true, unverified: true };
  },
  "backup.getPendingRestore": (_i, { db }) => {
    if (db.name === ":memory:") return null;
    const p = pendingRestore(path4.resolve(db.name));
    return p ? { file: p.file, requestedAt: p.requestedAt } : null;
  },
  "backup.cancelRestore": (_i, ctx) => {
    const file3 = ctx.db.name === ":memory:" ? null : pendingRestore(path4.resolve(ctx.db.name))?.file;
    const cancelled = ctx.db.name !== ":memory:" && cancelRestore(path4.resolve(ctx.db.name));
    ctx.auditDetails({ file: file3 ?? null });
    return { cancelled };
  }
};

// src/printing/jobs.ts
function recordJob(db, j, at = /* @__PURE__ */ new Date()) {
  const r = db.prepare(
    `INSERT INTO print_jobs (uid, doc_type, ref, printer, paper, reprint_of, user_id, created_at, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(v7_default(), j.docType, j.ref, j.printer, j.paper, j.reprintOf ?? null, j.userId ?? null, at.toISOString(), JSON.stringify(j.payload));
  return Number(r.lastInsertRowid);
}
function markResult(db, id2, outcome, at = /* @__PURE__ */ new Date()) {
  db.prepare(
    `UPDATE print_jobs SET status = ?, error = ?, error_message = ?, attempts = attempts + 1, finished_at = ? WHERE id = ?`
  ).run(
    outcome.ok ? "printed" : "failed",
    outcome.ok ? null : outcome.error.code,
    outcome.ok ? null : outcome.error.message,
    at.toISOString(),
    id2
  );
}
function getJob(db, id2) {
  return db.prepare("SELECT * FROM print_jobs WHERE id = ?").get(id2);
}

// src/printing/docs/common.ts
function duplicateMark(d) {
  return d.duplicate ? [center("DUPLICATE / \u092A\u094D\u0930\u0924\u093F", { size: "large", bold: true, invert: true })] : [];
}
function shopHeader(d) {
  const s = d.shop;
  const out = [...duplicateMark(d), center(s.name, { size: "huge", bold: true })];
  if (s.nameEn && s.nameEn !== s.name) out.push(center(s.nameEn, { bold: true }));
  out.push(center(s.address, { size: "small" }));
  if (s.phone) out.push(center(`${bi("\u092B\u093C\u094B\u0928", "Ph", d.lang)}: ${s.phone}`, { size: "small" }));
  if (s.gstin) out.push(center(`GSTIN: ${s.gstin}`, { size: "small" }));
  out.push(rule("double"));
  return out;
}
function title(hi, en, lang2) {
  return center(bi(hi, en, lang2), { size: "large", bold: true });
}
function signatureBox(hi, en, lang2) {
  return { kind: "box", label: lang2 === "hi" ? `${hi} / ${en}` : en };
}
function note(t) {
  return text(t, { size: "small", align: "center" });
}
function includedGst(taxes, lang2) {
  const out = [];
  for (const t of taxes ?? []) {
    if (t.cgstPaise + t.sgstPaise === 0) continue;
    const half = percent(t.rateBps / 2);
    out.push(pair(`${bi("\u0907\u0938\u092E\u0947\u0902 \u091C\u0940\u090F\u0938\u091F\u0940", "incl. GST", lang2)} @${percent(t.rateBps)}`, money2(t.cgstPaise + t.sgstPaise, lang2), { size: "small" }));
    out.push(pair(`  CGST ${half}`, money2(t.cgstPaise, lang2), { size: "small" }));
    out.push(pair(`  SGST ${half}`, money2(t.sgstPaise, lang2), { size: "small" }));
  }
  return out;
}

// src/printing/docs/day-close.ts
function dayClose(d) {
  const L = d.lang;
  const m21 = (p) => money2(p, L);
  const head = (hi, en) => text(bi(hi, en, L), { bold: true });
  const out = [...shopHeader(d), title("\u0926\u093F\u0928 \u0915\u093E \u0939\u093F\u0938\u093E\u092C", "Day Close", L)];
  out.push(center(day(d.day), { size: "large", bold: true }));
  out.push(pair(bi("\u0915\u093E\u0909\u0902\u091F\u0930", "Counter", L), d.counter));
  out.push(pair(bi("\u092C\u0902\u0926 \u0915\u093F\u092F\u093E", "Closed by", L), d.closedBy));
  out.push(pair(bi("\u0938\u092E\u092F", "Time", L), dateTime(d.at, d.shop.timeZone)));
  out.push(rule());
  out.push(head("\u092C\u093F\u0915\u094D\u0930\u0940", "Sales"));
  out.push(pair(bi("\u092C\u093F\u0932", "Bills", L), String(d.bills.count)));
  if (d.bills.firstNo) out.push(text(`  ${d.bills.firstNo} - ${d.bills.lastNo ?? ""}`, { size: "small" }));
  out.push(pair(bi("\u0915\u0941\u0932 \u092C\u093F\u0915\u094D\u0930\u0940", "Gross sales", L), m21(d.grossSalesPaise)));
  out.push(pair(bi("\u091B\u0942\u091F", "Discounts", L), minus(d.discountsPaise, L)));
  out.push(pair(bi("\u0935\u093E\u092A\u0938\u0940", "Returns", L), minus(d.returnsPaise, L)));
  out.push(pair(bi("\u0915\u0930", "Tax", L), m21(d.taxPaise)));
  out.push(pair(bi("\u0936\u0941\u0926\u094D\u0927 \u092C\u093F\u0915\u094D\u0930\u0940", "Net sales", L), m21(d.netSalesPaise), { bold: true }));
  out.push(rule());
  out.push(head("\u092D\u0941\u0917\u0924\u093E\u0928", "Payments"));
  for (const x2 of d.byMethod) out.push(pair(`${methodLabel(x2.method, L)} (${x2.count})`, m21(x2.amountPaise)));
  out.push(rule());
  out.push(head("\u0915\u093F\u0930\u093E\u092F\u093E", "Rentals"));
  out.push(pair(bi("\u0926\u093F\u090F", "Out", L), String(d.rentals.out)));
  out.push(pair(bi("\u0932\u094C\u091F\u0947", "Returned", L), String(d.rentals.returned)));
  out.push(pair(bi("\u0915\u093F\u0930\u093E\u092F\u093E", "Rent", L), m21(d.rentals.rentPaise)));
  if (d.rentals.feesPaise) out.push(pair(bi("\u0926\u0947\u0930/\u0928\u0941\u0915\u0938\u093E\u0928 \u0936\u0941\u0932\u094D\u0915", "Fees kept", L), m21(d.rentals.feesPaise)));
  if (d.rentals.depositsTakenPaise !== void 0) out.push(pair(bi("\u091C\u092E\u093E\u0928\u0924 \u0932\u0940", "Deposits taken", L), m21(d.rentals.depositsTakenPaise)));
  if (d.rentals.depositsReleasedPaise) out.push(pair(bi("\u091C\u092E\u093E\u0928\u0924 \u0932\u094C\u091F\u093E\u0908", "Deposits returned", L), minus(d.rentals.depositsReleasedPaise, L)));
  out.push(pair(bi("\u0930\u0916\u0940 \u091C\u092E\u093E\u0928\u0924", "Deposits held", L), m21(d.rentals.depositsHeldPaise)));
  if (d.rentals.advancesHeldPaise) out.push(pair(bi("\u0930\u0916\u093E \u0905\u0917\u094D\u0930\u093F\u092E", "Advances held", L), m21(d.rentals.advancesHeldPaise)));
  if (d.rentals.depositsTakenPaise !== void 0) out.push(text(bi("\u091C\u092E\u093E\u0928\u0924/\u0905\u0917\u094D\u0930\u093F\u092E \u0917\u094D\u0930\u093E\u0939\u0915\u094B\u0902 \u0915\u093E \u092A\u0948\u0938\u093E \u0939\u0948, \u0906\u092F \u0928\u0939\u0940\u0902", "Deposits/advances are customers' money, not income", L), { size: "small" }));
  out.push(rule());
  out.push(pair(bi("\u0915\u093E\u0930\u0940\u0917\u0930 \u092D\u0941\u0917\u0924\u093E\u0928", "Artisan payouts", L), m21(d.payoutsPaise), { bold: true }));
  out.push(rule());
  out.push(head("\u0917\u0932\u094D\u0932\u093E", "Cash drawer"));
  const c = d.cash;
  out.push(pair(bi("\u0936\u0941\u0930\u0941\u0906\u0924\u0940", "Opening", L), m21(c.openingPaise)));
  out.push(pair(bi("\u0906\u092F\u093E", "In", L), m21(c.inPaise)));
  out.push(pair(bi("\u0917\u092F\u093E", "Out", L), minus(c.outPaise, L)));
  out.push(pair(bi("\u0939\u094B\u0928\u093E \u091A\u093E\u0939\u093F\u090F", "Expected", L), m21(c.expectedPaise), { bold: true }));
  out.push(pair(bi("\u0917\u093F\u0928\u093E", "Counted", L), m21(c.countedPaise), { bold: true }));
  const diff = c.differencePaise;
  out.push(pair(bi("\u0905\u0902\u0924\u0930", "Difference", L), diff < 0 ? minus(diff, L) : `${diff > 0 ? "+" : ""}${m21(diff)}`, { size: "large", bold: true }));
  if (diff !== 0) out.push(text(diff < 0 ? bi("\u0915\u092E", "Short", L) : bi("\u091C\u093C\u094D\u092F\u093E\u0926\u093E", "Over", L), { bold: true }));
  if (d.note) out.push(text(d.note, { size: "small" }));
  if (d.byCraft?.length) {
    out.push(rule());
    out.push(head("\u0936\u093F\u0932\u094D\u092A \u0905\u0928\u0941\u0938\u093E\u0930", "By craft"));
    for (const k of d.byCraft) out.push(pair(`${itemName(k.nameHi, k.nameEn, L)} (${qty2(k.qtyMilli)})`, m21(k.amountPaise), { size: "small" }));
  }
  out.push(feed(1));
  out.push(signatureBox("\u092A\u094D\u0930\u092C\u0902\u0927\u0915 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930", "Manager signature", L));
  out.push(feed(1), cut());
  return out;
}

// src/printing/docs/intake-slip.ts
function intakeSlip(s) {
  const L = s.lang;
  const m21 = (p) => money2(p, L);
  const out = [...shopHeader(s), title("\u092E\u093E\u0932 \u092A\u094D\u0930\u093E\u092A\u094D\u0924\u093F \u092A\u0930\u094D\u091A\u0940", "Stock Intake Slip", L)];
  out.push(pair(bi("\u092A\u0930\u094D\u091A\u0940 \u0928\u0902.", "Slip No", L), s.intakeNo, { bold: true }));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(s.at, s.shop.timeZone)));
  if (s.artisan) out.push(pair(bi("\u0915\u093E\u0930\u0940\u0917\u0930", "Artisan", L), itemName(s.artisan.nameHi, s.artisan.nameEn, L), { bold: true }));
  if (s.artisan?.code) out.push(pair(bi("\u0915\u094B\u0921", "Code", L), s.artisan.code));
  out.push(rule());
  let pieces = 0;
  let value = 0;
  s.lines.forEach((l, i2) => {
    pieces += l.qtyMilli;
    value += Math.round(l.pricePaise * l.qtyMilli / 1e3);
    out.push(text(`${i2 + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    out.push(pair(`  ${l.sku}`, `${qty2(l.qtyMilli)} x ${m21(l.pricePaise)}`, { size: "small" }));
  });
  out.push(rule());
  out.push(pair(bi("\u0915\u0941\u0932 \u0928\u0917", "Total qty", L), qty2(pieces), { bold: true }));
  out.push(pair(bi("\u092C\u093F\u0915\u094D\u0930\u0940 \u092E\u0942\u0932\u094D\u092F", "Sale value", L), m21(value), { bold: true }));
  if (s.notes) out.push(text(`${bi("\u091F\u093F\u092A\u094D\u092A\u0923\u0940", "Notes", L)}: ${s.notes}`, { size: "small" }));
  out.push(feed(1));
  out.push(signatureBox("\u0915\u093E\u0930\u0940\u0917\u0930 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930 / \u0905\u0901\u0917\u0942\u0920\u093E", "Artisan signature / thumbprint", L));
  out.push(text(`${bi("\u092A\u094D\u0930\u093E\u092A\u094D\u0924\u0915\u0930\u094D\u0924\u093E", "Received by", L)}: ${s.receivedBy}`, { size: "small" }));
  out.push(feed(1), cut());
  return out;
}

// src/printing/docs/payout-slip.ts
function payoutSlip2(p, paper = "80mm") {
  const L = p.lang;
  const m21 = (x2) => money2(x2, L);
  const out = [...shopHeader(p), title("\u0915\u093E\u0930\u0940\u0917\u0930 \u092D\u0941\u0917\u0924\u093E\u0928 \u092A\u0930\u094D\u091A\u0940", "Artisan Payout Slip", L)];
  out.push(pair(bi("\u092A\u0930\u094D\u091A\u0940 \u0928\u0902.", "Slip No", L), p.payoutNo, { bold: true }));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(p.at, p.shop.timeZone)));
  out.push(rule());
  out.push(center(itemName(p.artisan.nameHi, p.artisan.nameEn, L), { size: "large", bold: true }));
  const who = [p.artisan.code, p.artisan.village, p.artisan.phone].filter(Boolean).join(" \xB7 ");
  if (who) out.push(center(who, { size: "small" }));
  out.push(center(`${bi("\u0905\u0935\u0927\u093F", "Period", L)}: ${day(p.periodFrom)} - ${day(p.periodTo)}`, { bold: true }));
  out.push(rule());
  const wide = paper === "80mm";
  if (wide) {
    out.push(row([
      { text: bi("\u092E\u0942\u0932\u094D\u092F", "Price", L), width: 0.34, align: "right" },
      { text: bi("\u0926\u0941\u0915\u093E\u0928", "Shop", L), width: 0.33, align: "right" },
      { text: bi("\u0906\u092A\u0915\u093E", "Yours", L), width: 0.33, align: "right" }
    ], { size: "small", bold: true }));
    out.push(rule());
  }
  p.items.forEach((it, i2) => {
    out.push(text(`${i2 + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.qtyMilli !== 1e3 ? ` x ${qty2(it.qtyMilli)}` : ""}`, { bold: true }));
    out.push(text(`  ${day(it.soldOn)}  ${it.billNo}`, { size: "small" }));
    if (it.rule) out.push(text(`  ${it.rule}`, { size: "small" }));
    if (wide) {
      out.push(row([
        { text: m21(it.pricePaise), width: 0.34, align: "right" },
        { text: m21(it.shopSharePaise), width: 0.33, align: "right" },
        { text: m21(it.artisanSharePaise), width: 0.33, align: "right" }
      ], { size: "small" }));
    } else {
      out.push(pair(`  ${bi("\u092E\u0942\u0932\u094D\u092F", "Price", L)}`, m21(it.pricePaise), { size: "small" }));
      out.push(pair(`  ${bi("\u0926\u0941\u0915\u093E\u0928", "Shop", L)}`, m21(it.shopSharePaise), { size: "small" }));
      out.push(pair(`  ${bi("\u0906\u092A\u0915\u093E", "Yours", L)}`, m21(it.artisanSharePaise), { size: "small", bold: true }));
    }
  });
  out.push(rule());
  out.push(pair(bi("\u0915\u0941\u0932 \u092C\u093F\u0915\u094D\u0930\u0940", "Total sales", L), m21(p.salesPaise)));
  out.push(pair(bi("\u0926\u0941\u0915\u093E\u0928 \u0915\u093E \u0939\u093F\u0938\u094D\u0938\u093E", "Shop share", L), m21(p.shopSharePaise)));
  out.push(pair(bi("\u0906\u092A\u0915\u093E \u0939\u093F\u0938\u094D\u0938\u093E", "Your share", L), m21(p.artisanSharePaise), { bold: true }));
  if (p.openingBalancePaise) out.push(pair(bi("\u092A\u093F\u091B\u0932\u093E \u092C\u0915\u093E\u092F\u093E", "Previous balance", L), m21(p.openingBalancePaise)));
  for (const d of p.deductions) out.push(pair(d.reason, minus(d.amountPaise, L)));
  out.push(rule("double"));
  out.push(row([{ text: bi("\u092D\u0941\u0917\u0924\u093E\u0928", "Paid", L), width: 0.4 }, { text: m21(p.paidPaise), width: 0.6, align: "right" }], { size: "large", bold: true }));
  out.push(pair(bi("\u092E\u093E\u0927\u094D\u092F\u092E", "Method", L), methodLabel(p.method, L)));
  if (p.ref) out.push(text(p.ref, { align: "right", size: "small" }));
  out.push(rule("double"));
  out.push(pair(bi("\u0936\u0947\u0937 \u092C\u0915\u093E\u092F\u093E", "Balance due", L), m21(p.closingBalancePaise)));
  out.push(feed(1));
  out.push(signatureBox("\u0915\u093E\u0930\u0940\u0917\u0930 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930 / \u0905\u0901\u0917\u0942\u0920\u093E", "Artisan signature / thumbprint", L));
  out.push(text(`${bi("\u092D\u0941\u0917\u0924\u093E\u0928\u0915\u0930\u094D\u0924\u093E", "Paid by", L)}: ${p.paidBy}`, { size: "small" }));
  out.push(feed(1), cut());
  return out;
}

// src/shared/upi.ts
function enc(s) {
  return encodeURIComponent(s).replace(/%40/g, "@");
}
function rupeesDecimal(paise2) {
  if (!Number.isSafeInteger(paise2) || paise2 < 0) throw new RangeError(`UPI amount must be non-negative paise, got ${paise2}`);
  return `${Math.floor(paise2 / 100)}.${String(paise2 % 100).padStart(2, "0")}`;
}
function upiPayUri(payee, amountPaise, note2) {
  const q2 = [
    `pa=${enc(payee.vpa.trim())}`,
    `pn=${enc(payee.payeeName)}`,
    `am=${rupeesDecimal(amountPaise)}`,
    "cu=INR",
    `tn=${enc(note2)}`
  ];
  return `upi://pay?${q2.join("&")}`;
}

// src/printing/docs/receipt.ts
function receipt(s) {
  const L = s.lang;
  const m21 = (p) => money2(p, L);
  const hasCash = s.payments.some((p) => p.method === "cash");
  const out = [];
  if (hasCash) out.push({ kind: "drawer" });
  out.push(...shopHeader(s));
  out.push(s.taxes ? title("\u0915\u0930 \u092C\u0940\u091C\u0915", "Tax Invoice", L) : title("\u0906\u092A\u0942\u0930\u094D\u0924\u093F \u0915\u093E \u092C\u093F\u0932", "Bill of Supply", L));
  out.push(pair(bi("\u092C\u093F\u0932 \u0928\u0902.", "Bill No", L), s.billNo, { bold: true }));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(s.at, s.shop.timeZone)));
  out.push(pair(bi("\u0935\u093F\u0915\u094D\u0930\u0947\u0924\u093E", "Cashier", L), s.cashier));
  if (s.customer?.name) out.push(pair(bi("\u0917\u094D\u0930\u093E\u0939\u0915", "Customer", L), s.customer.name));
  if (s.customer?.phone) out.push(pair(bi("\u092E\u094B\u092C\u093E\u0907\u0932", "Mobile", L), s.customer.phone));
  if (s.customer?.gstin) out.push(pair("GSTIN", s.customer.gstin));
  out.push(rule());
  out.push(row([{ text: bi("\u0938\u093E\u092E\u093E\u0928", "Item", L), width: 0.6 }, { text: bi("\u0930\u093E\u0936\u093F", "Amount", L), width: 0.4, align: "right" }], { bold: true }));
  out.push(rule());
  s.lines.forEach((l, i2) => {
    out.push(text(`${i2 + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    out.push(pair(`  ${qty2(l.qtyMilli)} x ${m21(l.unitPricePaise)}`, m21(l.lineTotalPaise + l.discountPaise)));
    if (l.listPricePaise !== void 0 && l.listPricePaise !== l.unitPricePaise) {
      out.push(text(`  ${bi("\u092C\u0926\u0932\u093E \u0939\u0941\u0906 \u092E\u0942\u0932\u094D\u092F", "Price changed", L)} (${bi("\u0938\u0942\u091A\u0940", "list", L)} ${m21(l.listPricePaise)})`, { size: "small" }));
    }
    if (l.discountPaise) out.push(pair(`  ${bi("\u091B\u0942\u091F", "Discount", L)}`, minus(l.discountPaise, L)));
    if (s.taxes && (l.hsn || l.gstRateBps !== void 0)) {
      out.push(text(`  HSN ${l.hsn ?? "-"}  GST ${percent(l.gstRateBps ?? 0)}`, { size: "small" }));
    }
  });
  out.push(rule());
  out.push(pair(bi("\u0909\u092A-\u0915\u0941\u0932", "Subtotal", L), m21(s.subtotalPaise)));
  if (s.billDiscountPaise) out.push(pair(bi("\u092C\u093F\u0932 \u092A\u0930 \u091B\u0942\u091F", "Bill discount", L), minus(s.billDiscountPaise, L)));
  for (const t of s.taxes ?? []) {
    const half = percent(t.rateBps / 2);
    out.push(pair(`${bi("\u0915\u0930 \u092F\u094B\u0917\u094D\u092F", "Taxable", L)} @${percent(t.rateBps)}`, m21(t.taxablePaise), { size: "small" }));
    out.push(pair(`  CGST ${half}`, m21(t.cgstPaise), { size: "small" }));
    out.push(pair(`  SGST ${half}`, m21(t.sgstPaise), { size: "small" }));
  }
  if (s.roundOffPaise) out.push(pair(bi("\u0930\u093E\u0909\u0902\u0921 \u0911\u092B", "Round off", L), s.roundOffPaise < 0 ? minus(s.roundOffPaise, L) : m21(s.roundOffPaise)));
  out.push(rule("double"));
  out.push(row([{ text: bi("\u0915\u0941\u0932", "Total", L), width: 0.4 }, { text: m21(s.totalPaise), width: 0.6, align: "right" }], { size: "large", bold: true }));
  out.push(rule("double"));
  if (s.exchangeCredit) {
    out.push(pair(bi("\u092C\u0926\u0932\u0940 \u0915\u093E \u091C\u092E\u093E", "Exchange credit", L), m21(s.exchangeCredit.amountPaise)));
    out.push(text(`  ${bi("\u092C\u093F\u0932", "from bill", L)} ${s.exchangeCredit.billNo} (${bi("\u0935\u093E\u092A\u0938\u0940", "return", L)} ${s.exchangeCredit.returnNo})`, { size: "small" }));
  }
  for (const p of s.payments) {
    out.push(pair(`${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ""}`, m21(p.amountPaise)));
  }
  if (s.tenderedPaise !== void 0) out.push(pair(bi("\u0926\u093F\u090F \u0917\u090F", "Tendered", L), m21(s.tenderedPaise)));
  if (s.changePaise !== void 0) out.push(pair(bi("\u0935\u093E\u092A\u0938\u0940", "Change", L), m21(s.changePaise), { bold: true }));
  const items = s.lines.reduce((n, l) => n + l.qtyMilli, 0);
  out.push(text(`${bi("\u0915\u0941\u0932 \u0928\u0917", "Items", L)}: ${qty2(items)}`, { size: "small" }));
  const upiPaid = s.payments.filter((p) => p.method === "upi" && p.amountPaise > 0);
  if (upiPaid.length) out.push(rule());
  for (const p of upiPaid) {
    out.push(center(`${bi("UPI \u0938\u0947 \u092A\u094D\u0930\u093E\u092A\u094D\u0924", "Received by UPI", L)}: ${m21(p.amountPaise)}`, { bold: true }));
    if (p.ref) out.push(center(`${bi("\u0938\u0902\u0926\u0930\u094D\u092D", "Ref", L)}: ${p.ref}`, { size: "small" }));
  }
  const upiDue = upiDuePaise(s);
  if (s.upi && upiDue > 0) {
    out.push(rule());
    out.push(center(`${bi("UPI \u0938\u0947 \u092D\u0941\u0917\u0924\u093E\u0928 \u0915\u0930\u0947\u0902", "Pay by UPI", L)}: ${m21(upiDue)}`, { bold: true }));
    out.push({ kind: "qr", data: upiPayUri(s.upi, upiDue, s.billNo), size: 6 });
    out.push(center(s.upi.vpa, { size: "small" }));
  }
  out.push(rule());
  if (s.returnPolicy) out.push(note(s.returnPolicy));
  out.push(center(bi("\u0927\u0928\u094D\u092F\u0935\u093E\u0926! \u092B\u093F\u0930 \u092A\u0927\u093E\u0930\u0947\u0902", "Thank you, visit again", L), { bold: true }));
  out.push(feed(1), cut());
  return out;
}
function upiDuePaise(s) {
  if (s.upiDuePaise !== void 0) return Math.max(0, s.upiDuePaise);
  if (s.payments.length) return 0;
  return Math.max(0, s.totalPaise - (s.exchangeCredit?.amountPaise ?? 0));
}

// src/printing/docs/rental-return-slip.ts
function rentalReturnSlip(r) {
  const L = r.lang;
  const m21 = (p) => money2(p, L);
  const out = [];
  if (!r.duplicate && r.payments.some((p) => p.method === "cash")) out.push({ kind: "drawer" });
  out.push(...shopHeader(r), title("\u0915\u093F\u0930\u093E\u092F\u093E \u0935\u093E\u092A\u0938\u0940 \u092A\u0930\u094D\u091A\u0940", "Rental Return Slip", L));
  out.push(pair(bi("\u092A\u0930\u094D\u091A\u0940", "Slip", L), r.rentalNo, { bold: true }));
  if (r.returnNo) out.push(pair(bi("\u0935\u093E\u092A\u0938\u0940", "Return", L), r.returnNo));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi("\u0917\u094D\u0930\u093E\u0939\u0915", "Customer", L), r.customer.name, { bold: true }));
  out.push(pair(bi("\u092E\u094B\u092C\u093E\u0907\u0932", "Mobile", L), r.customer.phone));
  out.push(rule());
  out.push(pair(bi("\u0932\u093F\u092F\u093E", "From", L), day(r.fromDate)));
  out.push(pair(bi("\u0932\u094C\u091F\u093E\u0928\u093E \u0925\u093E", "Due", L), day(r.dueDate)));
  out.push(pair(bi("\u0932\u094C\u091F\u093E\u092F\u093E", "Returned", L), day(r.returnedDate), { bold: true }));
  out.push(rule());
  r.items.forEach((it, i2) => {
    out.push(text(`${i2 + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.tag ? ` \xB7 ${it.tag}` : ""}`, { bold: true }));
    out.push(pair(`  ${bi("\u0932\u094C\u091F\u093E\u090F", "Returned", L)}`, `${it.returnedQty} / ${it.qty}`));
    if (it.condition) out.push(text(`  ${bi("\u0939\u093E\u0932\u0924", "Condition", L)}: ${it.condition}`, { size: "small" }));
    if (it.damagePaise) out.push(pair(`  ${bi("\u0928\u0941\u0915\u0938\u093E\u0928", "Damage", L)}`, minus(it.damagePaise, L)));
  });
  out.push(rule());
  out.push(pair(bi("\u091C\u092E\u093E\u0928\u0924", "Deposit", L), m21(r.depositPaise)));
  if (r.lateDays > 0) out.push(pair(bi(`\u0926\u0947\u0930\u0940 ${r.lateDays} \u0926\u093F\u0928`, `Late ${r.lateDays} ${r.lateDays === 1 ? "day" : "days"}`, L), minus(r.lateFeePaise, L)));
  if (r.damagePaise) out.push(pair(bi("\u0928\u0941\u0915\u0938\u093E\u0928", "Damage", L), minus(r.damagePaise, L)));
  if ((r.openChargesPaise ?? 0) > 0) out.push(pair(bi("\u092C\u093E\u0915\u0940 \u0915\u093F\u0930\u093E\u092F\u093E", "Rent still owed", L), minus(r.openChargesPaise ?? 0, L)));
  out.push(...includedGst(r.taxes, L));
  out.push(rule("double"));
  if (r.refundPaise >= 0) out.push(pair(bi("\u0935\u093E\u092A\u0938 \u0926\u093F\u090F", "Refunded", L), m21(r.refundPaise), { size: "large", bold: true }));
  else out.push(pair(bi("\u0917\u094D\u0930\u093E\u0939\u0915 \u0938\u0947 \u0932\u093F\u090F", "Collected", L), m21(-r.refundPaise), { size: "large", bold: true }));
  out.push(rule("double"));
  for (const p of r.payments) out.push(pair(`${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ""}`, m21(p.amountPaise)));
  if (r.stillOut) out.push(center(bi(`${r.stillOut} \u0938\u093E\u092E\u093E\u0928 \u0905\u092D\u0940 \u0917\u094D\u0930\u093E\u0939\u0915 \u0915\u0947 \u092A\u093E\u0938`, `${r.stillOut} still with the customer`, L), { bold: true }));
  else out.push(center(bi("\u0938\u093E\u092E\u093E\u0928 \u0935\u093E\u092A\u0938 \u092E\u093F\u0932\u093E, \u0939\u093F\u0938\u093E\u092C \u092A\u0942\u0930\u093E", "Items received, account settled", L), { size: "small" }));
  out.push(feed(1));
  out.push(signatureBox("\u0917\u094D\u0930\u093E\u0939\u0915 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930 / \u0905\u0901\u0917\u0942\u0920\u093E", "Customer signature / thumbprint", L));
  out.push(text(`${bi("\u0935\u093F\u0915\u094D\u0930\u0947\u0924\u093E", "Staff", L)}: ${r.cashier}`, { size: "small" }));
  out.push(feed(1), cut());
  return out;
}

// src/printing/docs/return-receipt.ts
function returnReceipt(r) {
  const L = r.lang;
  const m21 = (p) => money2(p, L);
  const out = [];
  if (r.refundMethod === "cash" && r.refundPaise > 0) out.push({ kind: "drawer" });
  out.push(...shopHeader(r));
  out.push(title("\u0935\u093E\u092A\u0938\u0940 \u0930\u0938\u0940\u0926", "Return receipt", L));
  out.push(pair(bi("\u0935\u093E\u092A\u0938\u0940 \u0928\u0902.", "Return No", L), r.returnNo, { bold: true }));
  out.push(pair(bi("\u092E\u0942\u0932 \u092C\u093F\u0932 \u0928\u0902.", "Original bill", L), r.billNo));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi("\u0935\u093F\u0915\u094D\u0930\u0947\u0924\u093E", "Cashier", L), r.cashier));
  if (r.approvedBy) out.push(pair(bi("\u0938\u094D\u0935\u0940\u0915\u0943\u0924\u093F", "Approved by", L), r.approvedBy));
  out.push(rule());
  out.push(row([{ text: bi("\u0932\u094C\u091F\u093E\u092F\u093E \u0938\u093E\u092E\u093E\u0928", "Item returned", L), width: 0.6 }, { text: bi("\u0935\u093E\u092A\u0938\u0940", "Refund", L), width: 0.4, align: "right" }], { bold: true }));
  out.push(rule());
  r.lines.forEach((l, i2) => {
    out.push(text(`${i2 + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    out.push(pair(`  ${bi("\u092E\u093E\u0924\u094D\u0930\u093E", "Qty", L)} ${qty2(l.qtyMilli)} \xB7 ${l.restocked ? bi("\u0938\u094D\u091F\u0949\u0915 \u092E\u0947\u0902", "restocked", L) : bi("\u0916\u0930\u093E\u092C", "damaged", L)}`, m21(l.refundPaise)));
  });
  out.push(rule("double"));
  out.push(row([{ text: bi("\u0915\u0941\u0932", "Total", L), width: 0.4 }, { text: m21(r.totalPaise), width: 0.6, align: "right" }], { size: "large", bold: true }));
  out.push(rule("double"));
  if (r.exchange) {
    out.push(pair(bi("\u092C\u0926\u0932\u0947 \u092E\u0947\u0902 \u0928\u092F\u093E \u092C\u093F\u0932", "Exchanged on bill", L), r.exchange.billNo, { bold: true }));
    out.push(pair(bi("\u0928\u090F \u092C\u093F\u0932 \u092E\u0947\u0902 \u091C\u092E\u093E", "Credit on new bill", L), m21(r.exchange.creditPaise)));
  }
  if (r.refundPaise > 0 || !r.exchange) {
    const how = r.refundMethod ? ` (${methodLabel(r.refundMethod, L)})` : "";
    out.push(pair(`${bi("\u0917\u094D\u0930\u093E\u0939\u0915 \u0915\u094B \u0932\u094C\u091F\u093E\u090F", "Refunded", L)}${how}`, m21(r.refundPaise), { bold: true }));
  }
  out.push(text(`${bi("\u0915\u093E\u0930\u0923", "Reason", L)}: ${r.reason}`, { size: "small" }));
  out.push(feed(1));
  out.push(signatureBox("\u0917\u094D\u0930\u093E\u0939\u0915 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930", "Customer signature", L));
  out.push(note(bi("\u092F\u0939 \u0930\u0938\u0940\u0926 \u092E\u0942\u0932 \u092C\u093F\u0932 \u0915\u0947 \u0938\u093E\u0925 \u0930\u0916\u0947\u0902", "Keep this slip with the original bill", L)));
  out.push(center(bi("\u0927\u0928\u094D\u092F\u0935\u093E\u0926!", "Thank you", L), { bold: true }));
  out.push(feed(1), cut());
  return out;
}

// src/printing/docs/rental-slip.ts
function rentalSlip(r) {
  const L = r.lang;
  const m21 = (p) => money2(p, L);
  const out = [];
  if (!r.duplicate && r.payments.some((p) => p.method === "cash" && p.amountPaise > 0)) out.push({ kind: "drawer" });
  out.push(...shopHeader(r), r.booking ? title("\u092C\u0941\u0915\u093F\u0902\u0917 \u092A\u0930\u094D\u091A\u0940", "Booking Slip", L) : title("\u0915\u093F\u0930\u093E\u092F\u093E \u092A\u0930\u094D\u091A\u0940", "Rental Slip", L));
  out.push(pair(bi("\u092A\u0930\u094D\u091A\u0940", "Slip", L), r.rentalNo, { bold: true }));
  out.push(pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi("\u0917\u094D\u0930\u093E\u0939\u0915", "Customer", L), r.customer.name, { bold: true }));
  out.push(pair(bi("\u092E\u094B\u092C\u093E\u0907\u0932", "Mobile", L), r.customer.phone));
  if (r.customer.address) out.push(text(`${bi("\u092A\u0924\u093E", "Address", L)}: ${r.customer.address}`, { size: "small" }));
  if (r.customer.idProof) out.push(text(`${bi("\u092A\u0939\u091A\u093E\u0928", "ID", L)}: ${r.customer.idProof}`, { size: "small" }));
  out.push(rule("double"));
  out.push(center(bi("\u0932\u0947\u0928\u0947 \u0915\u0940 \u0924\u093E\u0930\u0940\u0916", "From", L), { size: "small" }));
  out.push(center(dayWithWeekday(r.fromDate, L), r.booking ? { size: "huge", bold: true, invert: true } : { size: "large", bold: true }));
  out.push(center(bi("\u0935\u093E\u092A\u0938\u0940 \u0915\u0940 \u0924\u093E\u0930\u0940\u0916", "Return by", L), { size: "small" }));
  out.push(center(dayWithWeekday(r.dueDate, L), r.booking ? { size: "large", bold: true } : { size: "huge", bold: true, invert: true }));
  out.push(rule("double"));
  r.items.forEach((it, i2) => {
    out.push(text(`${i2 + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.tag ? ` \xB7 ${it.tag}` : ""}${it.qty > 1 ? ` x ${it.qty}` : ""}`, { bold: true }));
    out.push(pair(`  ${bi("\u0915\u093F\u0930\u093E\u092F\u093E", "Rent", L)}`, m21(it.rentPaise)));
    out.push(pair(`  ${bi("\u091C\u092E\u093E\u0928\u0924", "Deposit", L)}`, m21(it.depositPaise)));
    if (it.condition) out.push(text(`  ${bi("\u0939\u093E\u0932\u0924", "Condition", L)}: ${it.condition}`, { size: "small" }));
  });
  out.push(rule());
  out.push(pair(bi("\u0915\u0941\u0932 \u0915\u093F\u0930\u093E\u092F\u093E", "Total rent", L), m21(r.rentPaise)));
  out.push(...includedGst(r.taxes, L));
  out.push(pair(bi("\u0915\u0941\u0932 \u091C\u092E\u093E\u0928\u0924", "Total deposit", L), m21(r.depositPaise)));
  if (r.advancePaise && !r.booking) out.push(pair(bi("\u090F\u0921\u0935\u093E\u0902\u0938", "Advance", L), m21(r.advancePaise)));
  out.push(pair(r.booking ? bi("\u090F\u0921\u0935\u093E\u0902\u0938", "Advance", L) : bi("\u091C\u092E\u093E \u0915\u093F\u092F\u093E", "Paid", L), m21(r.paidPaise), { size: "large", bold: true }));
  for (const p of r.payments) out.push(pair(`  ${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ""}`, m21(p.amountPaise), { size: "small" }));
  if (r.booking) out.push(pair(bi("\u092C\u093E\u0915\u0940", "Balance due", L), m21(r.rentPaise + r.depositPaise - r.paidPaise), { bold: true }));
  if (r.lateFeePerDayPaise) out.push(text(`${bi("\u0926\u0947\u0930 \u0938\u0947 \u0932\u094C\u091F\u093E\u0928\u0947 \u092A\u0930 \u092A\u094D\u0930\u0924\u093F \u0926\u093F\u0928", "Late fee per day", L)}: ${m21(r.lateFeePerDayPaise)}`, { bold: true }));
  out.push(rule());
  out.push(text(bi("\u0936\u0930\u094D\u0924\u0947\u0902", "Terms", L), { bold: true }));
  r.terms.forEach((t, i2) => out.push(text(`${i2 + 1}. ${t}`, { size: "small" })));
  out.push(feed(1));
  out.push(signatureBox("\u0917\u094D\u0930\u093E\u0939\u0915 \u0915\u0947 \u0939\u0938\u094D\u0924\u093E\u0915\u094D\u0937\u0930 / \u0905\u0901\u0917\u0942\u0920\u093E", "Customer signature / thumbprint", L));
  out.push(text(`${bi("\u0935\u093F\u0915\u094D\u0930\u0947\u0924\u093E", "Staff", L)}: ${r.cashier}`, { size: "small" }));
  out.push(feed(1), cut());
  return out;
}

// src/core/stock/intake.ts
function recordIntake(db, input2, userId, at) {
  if (input2.artisanId !== null) {
    const a = stmt(db, "SELECT active FROM artisans WHERE id = ?").get(input2.artisanId);
    if (!a) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: input2.artisanId });
    if (a.active !== 1) throw new AppError("CONFLICT", { field: "artisanId", reason: "inactive", id: input2.artisanId });
  }
  const uid = v7_default();
  const counter = stmt(db, "SELECT counter_code AS c FROM shop_settings WHERE id = 1").get()?.c ?? "C1";
  const next = stmt(db, "SELECT COALESCE(max(id), 0) + 1 AS n FROM intakes").get()?.n ?? 1;
  const id2 = Number(
    stmt(db, "INSERT INTO intakes (id, uid, slip_no, artisan_id, user_id, at, reference, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
      next,
      uid,
      `${counter}-IN-${String(next).padStart(5, "0")}`,
      input2.artisanId,
      userId,
      at.toISOString(),
      input2.reference,
      input2.notes
    ).lastInsertRowid
  );
  input2.lines.forEach((l, i2) => {
    const path5 = ["lines", i2];
    const p = stmt(db, "SELECT artisan_id, status, price_paise FROM products WHERE id = ?").get(l.productId);
    if (!p) throw new AppError("NOT_FOUND", { what: "product", field: [...path5, "productId"], id: l.productId });
    if (p.status !== "active") throw new AppError("PRODUCT_ARCHIVED", { field: [...path5, "productId"], id: l.productId });
    if (p.artisan_id !== input2.artisanId) throw new AppError("CONFLICT", { field: [...path5, "productId"], reason: "otherOwner", id: l.productId, ownerId: p.artisan_id });
    const price2 = l.unitPricePaise ?? p.price_paise;
    const m21 = recordMovement(db, {
      productId: l.productId,
      qtyMilli: l.qtyMilli,
      kind: "intake",
      unitPricePaise: price2,
      userId,
      at,
      reason: "intake",
      reference: input2.reference,
      refType: "intake",
      refId: uid,
      path: [...path5, "qtyMilli"]
    });
    stmt(db, "INSERT INTO intake_lines (intake_id, line_no, product_id, qty_milli, unit_price_paise, movement_id) VALUES (?, ?, ?, ?, ?, ?)").run(id2, i2 + 1, l.productId, l.qtyMilli, price2, m21.id);
  });
  return getIntake(db, id2);
}
function getIntake(db, id2) {
  const h = stmt(
    db,
    "SELECT i.*, u.name AS user_name FROM intakes i JOIN users u ON u.id = i.user_id WHERE i.id = ?"
  ).get(id2);
  if (!h) throw new AppError("NOT_FOUND", { what: "intake", field: "id", id: id2 });
  const a = h.artisan_id === null ? void 0 : stmt(db, "SELECT * FROM artisans WHERE id = ?").get(h.artisan_id);
  const lines2 = stmt(
    db,
    `SELECT l.line_no, l.product_id, p.sku, p.name_hi, p.name_en, p.unit, l.qty_milli, l.unit_price_paise
       FROM intake_lines l JOIN products p ON p.id = l.product_id WHERE l.intake_id = ? ORDER BY l.line_no`
  ).all(id2).map((l) => ({
    lineNo: l.line_no,
    productId: l.product_id,
    sku: l.sku,
    nameHi: l.name_hi,
    nameEn: l.name_en,
    unit: l.unit,
    qtyMilli: l.qty_milli,
    unitPricePaise: l.unit_price_paise,
    amountPaise: mulDivRound(l.unit_price_paise, l.qty_milli, 1e3)
  }));
  return {
    id: h.id,
    uid: h.uid,
    slipNo: h.slip_no,
    at: h.at,
    artisan: a ? { id: a.id, nameHi: a.name_hi, nameEn: a.name_en, phone: a.phone, village: a.village, commissionBps: a.commission_bps } : null,
    receivedBy: { id: h.user_id, name: h.user_name },
    reference: h.reference,
    notes: h.notes,
    lines: lines2,
    totalQtyMilli: lines2.reduce((s, l) => s + l.qtyMilli, 0),
    totalPaise: lines2.reduce((s, l) => s + l.amountPaise, 0)
  };
}

// src/core/print/test-page.ts
var TEST_SENTENCE = "\u0936\u094D\u0930\u0940\u092E\u0924\u0940 \u0915\u094D\u0937\u092E\u093E \u0924\u094D\u0930\u093F\u092A\u093E\u0920\u0940 \u0928\u0947 \u092A\u0930\u094D\u0935 \u0915\u0947 \u0932\u093F\u090F \u091B\u0924\u094D\u0924\u0940\u0938\u0917\u0922\u093C \u0915\u0947 \u0938\u094D\u0935-\u0938\u0939\u093E\u092F\u0924\u093E \u0938\u092E\u0942\u0939 \u0915\u0940 \u0938\u0941\u0902\u0926\u0930 \u0915\u0943\u0924\u093F\u092F\u093E\u0901 \u092C\u0928\u093E\u0908\u0902\u0964";
var TEST_AMOUNT_PAISE = 125e5;
var TEST_BARCODE = "HH-TEST-0001";
function testPage(d) {
  const L = d.lang;
  return [
    ...shopHeader(d),
    title("\u092A\u0930\u0940\u0915\u094D\u0937\u0923 \u092A\u0943\u0937\u094D\u0920", "Test page", L),
    pair(bi("\u0926\u093F\u0928\u093E\u0902\u0915", "Date", L), dateTime(d.at, d.shop.timeZone)),
    rule(),
    text(TEST_SENTENCE),
    center(money2(TEST_AMOUNT_PAISE, L), { size: "huge", bold: true }),
    rule(),
    text("ASCII: ABCDEFGHIJKLM abcdefghijklm 0123456789"),
    text(`Printer: ${d.printer.type} ${d.printer.paper} ${d.printer.codePage}`),
    text(d.printer.interface.replace(/[^\x20-\x7e]/g, "?"), { size: "small" }),
    rule(),
    { kind: "qr", data: `HAMAR-HATRI TEST ${d.at}`, size: 6 },
    { kind: "barcode", data: TEST_BARCODE, height: 70 },
    text(bi("\u092F\u0939 \u092A\u0943\u0937\u094D\u0920 \u0938\u093E\u092B\u093C \u091B\u092A\u093E \u0939\u0948 \u0924\u094B \u092A\u094D\u0930\u093F\u0902\u091F\u0930 \u0924\u0948\u092F\u093E\u0930 \u0939\u0948\u0964", "If this page is clear, the printer is ready.", L), { align: "center" }),
    feed(1),
    cut()
  ];
}

// src/core/print/documents.ts
function shopOf2(db) {
  const s = requireSettings(db);
  return { shop: { name: s.shopName, address: s.address, phone: s.phone || void 0, gstin: s.gstin || void 0, timeZone: s.timeZone }, lang: s.language };
}
function testPageDoc(db, printer, at, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    at: at.toISOString(),
    printer: { type: printer.type, paper: printer.paper, interface: printer.interface || "-", codePage: printer.codePage }
  };
  return { docType: "test_page", ref: "TEST", payload };
}
function intakeDoc(db, intakeId, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const i2 = getIntake(db, intakeId);
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    intakeNo: i2.slipNo,
    at: i2.at,
    receivedBy: i2.receivedBy.name,
    artisan: i2.artisan ? { nameHi: i2.artisan.nameHi, nameEn: i2.artisan.nameEn } : void 0,
    lines: i2.lines.map((l) => ({ sku: l.sku, nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, unit: l.unit, pricePaise: l.unitPricePaise })),
    notes: [i2.reference, i2.notes].filter(Boolean).join(" \xB7 ") || void 0
  };
  return { docType: "intake_slip", ref: i2.slipNo, payload };
}
function labelsDoc(db, items, lang2) {
  const s = requireSettings(db);
  const L = lang2 ?? s.language;
  const payload = { lang: L, labels: items.map((it, n) => ({ label: labelData(db, it.productId, n, L, s.shopName), copies: it.copies })) };
  const first = payload.labels[0]?.label.sku ?? "";
  const total = items.reduce((a, i2) => a + i2.copies, 0);
  return { docType: "label", ref: items.length === 1 ? first : `${first} +${items.length - 1}`, payload: { ...payload, count: total } };
}
function blocksOf(docType, payload, paper) {
  const p = payload;
  switch (docType) {
    case "test_page":
      return testPage(p);
    case "intake_slip":
      return intakeSlip(p);
    case "label":
      return payload.labels.flatMap((l) => Array.from({ length: l.copies }, () => priceLabel(l.label)).flat());
    case "receipt":
      return receipt(p);
    case "rental_slip":
      return rentalSlip(p);
    case "rental_return_slip":
      return rentalReturnSlip(p);
    case "payout_slip":
      return payoutSlip2(p, paper);
    case "day_close":
      return dayClose(p);
    case "return_receipt":
      return returnReceipt(p);
  }
}

// src/core/print/jobs-list.ts
function listJobs(db, q2) {
  const status = q2.status ?? null;
  const total = stmt(db, "SELECT count(*) AS n FROM print_jobs WHERE ? IS NULL OR status = ?").get(status, status)?.n ?? 0;
  const rows = stmt(
    db,
    `SELECT j.id, j.doc_type, j.ref, j.printer, j.paper, j.status, j.error, j.error_message, j.attempts, j.reprint_of,
            u.name AS user_name, j.created_at, j.finished_at
       FROM print_jobs j LEFT JOIN users u ON u.id = j.user_id
      WHERE ? IS NULL OR j.status = ? ORDER BY j.id DESC LIMIT ? OFFSET ?`
  ).all(status, status, q2.limit, q2.offset);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      docType: r.doc_type,
      ref: r.ref,
      printer: r.printer,
      paper: r.paper,
      status: r.status,
      error: r.error,
      errorMessage: r.error_message,
      attempts: r.attempts,
      reprintOf: r.reprint_of,
      userName: r.user_name,
      createdAt: r.created_at,
      finishedAt: r.finished_at
    }))
  };
}

// src/core/print/settings.ts
function readPrinter(db) {
  const r = stmt(db, "SELECT * FROM printer_settings WHERE id = 1").get();
  if (!r) throw new Error("printer_settings row missing (migration 0006 inserts it)");
  return {
    enabled: r.enabled === 1,
    type: r.type,
    interface: r.interface,
    paper: r.paper,
    codePage: r.code_page,
    cut: r.cut === 1,
    cashDrawer: r.cash_drawer === 1,
    copies: r.copies,
    connectTimeoutMs: r.connect_timeout_ms,
    idleTimeoutMs: r.idle_timeout_ms,
    totalTimeoutMs: r.total_timeout_ms,
    updatedAt: r.updated_at
  };
}
function writePrinter(db, s, at) {
  stmt(
    db,
    `UPDATE printer_settings SET enabled = @enabled, type = @type, interface = @interface, paper = @paper, code_page = @codePage,
       cut = @cut, cash_drawer = @cashDrawer, copies = @copies, connect_timeout_ms = @connectTimeoutMs,
       idle_timeout_ms = @idleTimeoutMs, total_timeout_ms = @totalTimeoutMs, updated_at = @updatedAt WHERE id = 1`
  ).run({ ...s, enabled: s.enabled ? 1 : 0, cut: s.cut ? 1 : 0, cashDrawer: s.cashDrawer ? 1 : 0, updatedAt: at.toISOString() });
  return readPrinter(db);
}
function requirePrinter(db) {
  const s = readPrinter(db);
  if (!s.enabled || !s.interface) throw new AppError("PRINTER_NOT_SET_UP", { enabled: s.enabled, hasInterface: s.interface !== "" });
  if (!interfaceKind(s.interface)) throw new AppError("PRINTER_CONFIG_INVALID", { field: "interface" });
  return s;
}
function printerConfig(s) {
  return {
    interface: s.interface,
    paper: s.paper,
    type: s.type.toLowerCase(),
    cashDrawer: s.cashDrawer,
    // Brother's driver in node-thermal-printer has no code page table.
    characterSet: s.type === "BROTHER" ? void 0 : s.codePage,
    connectTimeoutMs: s.connectTimeoutMs,
    idleTimeoutMs: s.idleTimeoutMs,
    totalTimeoutMs: s.totalTimeoutMs
  };
}

// src/core/print/run.ts
function forPrinter(blocks, s, copies) {
  const one = s.cut ? blocks : blocks.map((b) => b.kind === "cut" ? feed(4) : b);
  const out = [...one];
  for (let k = 1; k < copies; k++) out.push(...one.filter((b) => b.kind !== "drawer"));
  return out;
}
var ONE_ORIGINAL = /* @__PURE__ */ new Set(["receipt", "return_receipt", "rental_slip", "rental_return_slip", "day_close"]);
function sameDocument(printed2, now) {
  const id2 = (x2) => {
    const { booking, paidPaise } = x2 ?? {};
    return `${booking === true}|${paidPaise ?? ""}`;
  };
  return id2(printed2) === id2(now);
}
async function runPrint(ctx, plan) {
  const { printer, p } = ctx.read((db) => {
    const printer2 = requirePrinter(db);
    const asked = plan(db, printer2);
    const printedBefore = asked.reprintOf === void 0 && ONE_ORIGINAL.has(asked.docType) && stmt(db, "SELECT payload FROM print_jobs WHERE doc_type = ? AND ref = ? AND status = 'printed'").all(asked.docType, asked.ref).some((j) => sameDocument(JSON.parse(j.payload), asked.payload));
    return { printer: printer2, p: printedBefore ? { ...asked, payload: { ...asked.payload, duplicate: true } } : asked };
  });
  const copy = p.reprintOf !== void 0 || p.payload.duplicate === true;
  const built = blocksOf(p.docType, p.payload, printer.paper);
  const blocks = forPrinter(copy ? built.filter((b) => b.kind !== "drawer") : built, printer, p.copies ?? (p.reprintOf ? 1 : printer.copies));
  const jobId = ctx.write(
    (db) => recordJob(db, { docType: p.docType, ref: p.ref, printer: printer.interface, paper: printer.paper, payload: p.payload, reprintOf: p.reprintOf, userId: ctx.user?.id }, ctx.now),
    { step: "queued", docType: p.docType, ref: p.ref }
  );
  const { printDocument } = await import("./chunks/print-LLFLQU4T.mjs");
  const outcome = await printDocument(blocks, printerConfig(printer), { reprint: p.reprintOf !== void 0 });
  const status = outcome.ok ? "printed" : "failed";
  ctx.write((db) => markResult(db, jobId, outcome, /* @__PURE__ */ new Date()), { step: status, jobId, ...outcome.ok ? {} : { error: outcome.error.code } });
  return outcome.ok ? { jobId, status: "printed", bytes: outcome.bytes, ms: outcome.ms } : { jobId, status: "failed", error: { code: outcome.error.code, message: outcome.error.message }, ms: outcome.ms };
}

// src/core/print/sale-docs.ts
function receiptDoc(db, saleId, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const s = getSale(db, saleId);
  const billing = readBilling(db);
  const paid = s.payments.reduce((a, p) => a + p.amountPaise, 0);
  const due = Math.max(0, s.totalPaise - (s.exchangeCredit?.creditPaise ?? 0) - paid);
  const tendered = s.payments.filter((p) => p.method === "cash" && p.tenderedPaise !== null).reduce((a, p) => a + (p.tenderedPaise ?? 0), 0);
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    billNo: s.billNo,
    at: s.at,
    cashier: s.cashier,
    customer: s.customerName || s.customerPhone ? { name: s.customerName || void 0, phone: s.customerPhone || void 0 } : void 0,
    lines: s.lines.map((l) => ({
      nameHi: l.nameHi,
      nameEn: l.nameEn,
      qtyMilli: l.qtyMilli,
      unit: l.unit,
      unitPricePaise: l.unitPricePaise,
      ...l.listPricePaise !== l.unitPricePaise ? { listPricePaise: l.listPricePaise } : {},
      discountPaise: l.lineDiscountPaise,
      lineTotalPaise: l.grossPaise - l.lineDiscountPaise,
      hsn: l.hsn || void 0,
      gstRateBps: l.gstRateBps || void 0
    })),
    subtotalPaise: s.lines.reduce((a, l) => a + l.grossPaise - l.lineDiscountPaise, 0),
    billDiscountPaise: s.lines.reduce((a, l) => a + l.billDiscountPaise, 0),
    taxes: s.invoiceKind === "tax_invoice" ? s.taxes : void 0,
    totalPaise: s.totalPaise,
    payments: s.payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, ref: p.ref || void 0 })),
    tenderedPaise: tendered || void 0,
    changePaise: s.changePaise || void 0,
    upi: billing.upiVpa && due > 0 ? { vpa: billing.upiVpa, payeeName: billing.upiPayeeName || shop.name } : void 0,
    upiDuePaise: due,
    returnPolicy: billing.returnPolicy || void 0,
    exchangeCredit: s.exchangeCredit ? { billNo: s.exchangeCredit.billNo, returnNo: s.exchangeCredit.returnNo, amountPaise: s.exchangeCredit.creditPaise } : void 0
  };
  return { docType: "receipt", ref: s.billNo, payload };
}
function ruleWords(rule2) {
  const [kind, amount, what] = rule2.split(":");
  if (!kind || amount === void 0) return void 0;
  if (kind === "full") return "\u0928\u0941\u0915\u0938\u093E\u0928, \u092A\u0942\u0930\u093E \u0915\u093E\u0930\u0940\u0917\u0930 \u0915\u093E / damage, all hers";
  const share = kind === "fixed" ? `\u0924\u092F ${formatINR(Number(amount), "hi")}/\u0928\u0917 / fixed ${formatINR(Number(amount), "en")} each` : `\u0926\u0941\u0915\u093E\u0928 ${Number(amount) / 100}% / shop ${Number(amount) / 100}%`;
  const words = { shop: "\u091B\u0942\u091F \u0926\u0941\u0915\u093E\u0928 \u0938\u0947 / discount from shop", rent: "\u0915\u093F\u0930\u093E\u092F\u093E / rent", late_fee: "\u0926\u0947\u0930 \u0936\u0941\u0932\u094D\u0915 / late fee" };
  return `${share} \xB7 ${words[what ?? ""] ?? "\u091B\u0942\u091F \u0926\u094B\u0928\u094B\u0902 \u0938\u0947 / discount shared"}`;
}
function payoutDoc(db, payoutId, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const p = payoutSlip(db, payoutId);
  const sold = p.items.filter((e) => e.kind === "accrual");
  const other = p.items.filter((e) => e.kind !== "accrual");
  const settled = p.items.reduce((a, e) => a + e.amountPaise, 0);
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    payoutNo: p.payoutNo,
    at: p.at,
    paidBy: p.paidBy,
    artisan: { nameHi: p.artisan.nameHi, nameEn: p.artisan.nameEn, village: p.artisan.village || void 0, phone: p.artisan.phone || void 0 },
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    items: sold.map((e) => ({ nameHi: e.nameHi, nameEn: e.nameEn, soldOn: e.businessDate, billNo: e.billNo ?? "", qtyMilli: e.qtyMilli, pricePaise: e.salePaise, shopSharePaise: e.shopSharePaise, artisanSharePaise: e.amountPaise, rule: ruleWords(e.shareRule) })),
    salesPaise: sold.reduce((a, e) => a + e.salePaise, 0),
    shopSharePaise: sold.reduce((a, e) => a + e.shopSharePaise, 0),
    artisanSharePaise: sold.reduce((a, e) => a + e.amountPaise, 0),
    // What she was owed apart from the entries this payout settles.
    openingBalancePaise: p.balanceBeforePaise - settled,
    deductions: other.map((e) => ({ reason: e.note || (e.kind === "reversal" ? `${e.nameHi} / ${e.nameEn} (${e.billNo ?? ""})` : e.kind), amountPaise: e.amountPaise })),
    paidPaise: p.paidPaise,
    method: p.method,
    ref: p.ref || void 0,
    closingBalancePaise: p.balanceAfterPaise
  };
  return { docType: "payout_slip", ref: p.payoutNo, payload };
}
function returnReceiptDoc(db, returnId, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const r = getReturn(db, returnId);
  const money3 = r.exchange ? r.exchange.refundPaise : r.refundPaise;
  const method2 = r.exchange ? r.exchange.refundMethod ?? void 0 : r.refundMethod;
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    returnNo: r.returnNo,
    billNo: r.billNo,
    at: r.at,
    cashier: r.cashier,
    approvedBy: r.approvedBy ?? void 0,
    lines: r.lines.map((l) => ({ nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, refundPaise: l.refundPaise, restocked: l.restocked })),
    totalPaise: r.refundPaise,
    refundPaise: money3,
    refundMethod: method2,
    exchange: r.exchange ? { billNo: r.exchange.billNo, creditPaise: r.exchange.creditPaise } : void 0,
    reason: r.reason
  };
  return { docType: "return_receipt", ref: r.returnNo, payload };
}

// src/core/print/rental-docs.ts
var printed = (p) => ({ method: p.method, amountPaise: Math.abs(p.amountPaise), ref: p.ref || void 0 });
var taxRows = (rows) => rows.length ? rows.map((t) => ({ rateBps: t.rate, taxablePaise: t.taxable, cgstPaise: t.cgst, sgstPaise: t.sgst })) : void 0;
function chargedTax(db, where2, id2, kinds) {
  return taxRows(stmt(
    db,
    `SELECT l.gst_rate_bps AS rate, sum(c.amount_paise - c.tax_paise) AS taxable, sum(c.cgst_paise) AS cgst, sum(c.sgst_paise) AS sgst
       FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
      WHERE c.${where2} = ? AND c.kind IN (${kinds.map((k) => `'${k}'`).join(", ")}) AND l.gst_rate_bps > 0 GROUP BY l.gst_rate_bps ORDER BY l.gst_rate_bps`
  ).all(id2));
}
function quotedTax(r) {
  const by = /* @__PURE__ */ new Map();
  for (const l of r.lines) {
    if (l.gstRateBps === 0 || l.rentPaise === 0) continue;
    const g = gstSplit(l.rentPaise, l.gstRateBps);
    const t = by.get(l.gstRateBps) ?? { rate: l.gstRateBps, taxable: 0, cgst: 0, sgst: 0 };
    t.taxable += g.taxablePaise;
    t.cgst += g.cgstPaise;
    t.sgst += g.sgstPaise;
    by.set(l.gstRateBps, t);
  }
  return taxRows([...by.values()].sort((a, b) => a.rate - b.rate));
}
function rentalSlipDoc(db, rentalId, now, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const r = getRental(db, rentalId, todayOf(db, now));
  if (r.status === "cancelled") throw new AppError("RENTAL_STATUS", { field: "rentalId", rentalNo: r.rentalNo, status: r.status });
  const booking = r.status === "booked";
  const payments = r.payments.filter((p) => booking ? p.event === "booking" : p.event === "pickup" || p.event === "extend");
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    rentalNo: r.rentalNo,
    at: r.pickedUpAt ?? r.createdAt,
    cashier: (booking ? r.createdBy : r.pickedUpBy) ?? r.createdBy,
    customer: { name: r.customer.name, phone: r.customer.phone, address: r.customer.address || void 0, idProof: r.customer.idNote || void 0 },
    fromDate: r.fromDate,
    dueDate: r.dueDate,
    items: r.lines.map((l) => ({ nameHi: l.nameHi, nameEn: l.nameEn, tag: l.tag ?? void 0, qty: l.qty, rentPaise: l.rentPaise, depositPaise: l.depositPaise })),
    rentPaise: r.rentPaise,
    depositPaise: r.depositPaise,
    paidPaise: r.advancePaise + (booking ? 0 : payments.reduce((a, p) => a + p.amountPaise, 0)),
    payments: payments.map(printed),
    lateFeePerDayPaise: r.lines.reduce((a, l) => a + l.lateFeePerDayPaise, 0) || void 0,
    terms: readRules(db).terms,
    booking: booking || void 0,
    advancePaise: r.advancePaise || void 0
  };
  const taxes = booking ? quotedTax(r) : chargedTax(db, "rental_id", r.id, ["rent"]);
  if (taxes) payload.taxes = taxes;
  return { docType: "rental_slip", ref: r.rentalNo, payload };
}
function rentalReturnDoc(db, returnId, now, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const rentalId = stmt(db, "SELECT rental_id FROM rental_returns WHERE id = ?").get(returnId)?.rental_id;
  if (rentalId === void 0) throw new AppError("NOT_FOUND", { what: "rentalReturn", field: "returnId", id: returnId });
  const r = getRental(db, rentalId, todayOf(db, now));
  const x2 = r.returns.find((t) => t.id === returnId);
  const paid = stmt(db, "SELECT method, amount_paise, ref FROM rental_payments WHERE return_id = ? ORDER BY id").all(returnId);
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    rentalNo: r.rentalNo,
    returnNo: x2.returnNo,
    at: x2.at,
    cashier: x2.cashier,
    customer: { name: r.customer.name, phone: r.customer.phone },
    fromDate: r.fromDate,
    dueDate: r.dueDate,
    returnedDate: x2.businessDate,
    items: x2.lines.map((l) => {
      const line = r.lines.find((k) => k.lineId === l.lineId);
      const condition = [l.missingQty ? `\u0917\u0941\u092E / missing ${l.missingQty}` : "", l.condition === "repair" ? "\u092E\u0930\u092E\u094D\u092E\u0924 / repair" : "", l.damageNote].filter(Boolean).join(" \xB7 ");
      return {
        nameHi: l.nameHi,
        nameEn: l.nameEn,
        tag: l.tag ?? void 0,
        qty: line.qty,
        returnedQty: l.qty,
        rentPaise: 0,
        depositPaise: line.depositPaise / line.qty * (l.qty + l.missingQty),
        damagePaise: l.damagePaise,
        condition: condition || void 0
      };
    }),
    depositPaise: x2.depositReleasedPaise,
    lateDays: x2.lateDays,
    lateFeePaise: x2.lateFeePaise,
    damagePaise: x2.damagePaise,
    openChargesPaise: x2.openChargesPaise || void 0,
    refundPaise: x2.refundPaise,
    // Units still with the customer after this check-in (a reprint says what was true then).
    stillOut: r.lines.reduce((a, l) => a + l.qty, 0) - r.returns.filter((t) => t.id <= returnId).reduce((a, t) => a + t.lines.reduce((b, l) => b + l.qty + l.missingQty, 0), 0),
    payments: paid.map((p) => ({ method: p.method, amountPaise: Math.abs(p.amount_paise), ref: p.ref || void 0 }))
  };
  const taxes = chargedTax(db, "return_id", returnId, ["late_fee", "damage"]);
  if (taxes) payload.taxes = taxes;
  return { docType: "rental_return_slip", ref: x2.returnNo, payload };
}

// src/core/reports/totals.ts
var DAILY_SUMS = `sum(d.lines) AS lines, sum(d.qty_milli) AS qty_milli, sum(d.gross_paise) AS gross_paise, sum(d.net_paise) AS net_paise,
  sum(d.tax_paise) AS tax_paise, sum(d.artisan_share_paise) AS artisan_share_paise, sum(d.return_lines) AS return_lines,
  sum(d.returned_milli) AS returned_milli, sum(d.returned_paise) AS returned_paise, sum(d.returned_tax_paise) AS returned_tax_paise,
  sum(d.returned_share_paise) AS returned_share_paise`;
function totals(r) {
  const netSalesPaise = r.net_paise - r.returned_paise;
  return {
    lines: r.lines,
    qtyMilli: r.qty_milli,
    grossPaise: r.gross_paise,
    netPaise: r.net_paise,
    taxPaise: r.tax_paise,
    artisanSharePaise: r.artisan_share_paise,
    returnLines: r.return_lines,
    returnedMilli: r.returned_milli,
    returnedPaise: r.returned_paise,
    returnedTaxPaise: r.returned_tax_paise,
    returnedSharePaise: r.returned_share_paise,
    netSalesPaise,
    shopSharePaise: netSalesPaise - (r.tax_paise - r.returned_tax_paise) - (r.artisan_share_paise - r.returned_share_paise)
  };
}
var ZERO = {
  lines: 0,
  qty_milli: 0,
  gross_paise: 0,
  net_paise: 0,
  tax_paise: 0,
  artisan_share_paise: 0,
  return_lines: 0,
  returned_milli: 0,
  returned_paise: 0,
  returned_tax_paise: 0,
  returned_share_paise: 0
};
function addUp(rows) {
  const sum = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(sum)) sum[k] += r[k];
  return totals(sum);
}
var craftTotals = (r) => ({ craftId: r.craft_id, nameHi: r.name_hi, nameEn: r.name_en, ...totals(r) });

// src/core/reports/day-close.ts
var DAY_CLOSE_SQL = {
  sales: `SELECT count(*) AS bills, min(bill_no) AS first_no, max(bill_no) AS last_no, COALESCE(sum(gross_paise), 0) AS gross,
                 COALESCE(sum(discount_paise), 0) AS discount, COALESCE(sum(total_paise), 0) AS total, COALESCE(sum(tax_paise), 0) AS tax
            FROM sales WHERE business_date = ?`,
  payments: `SELECT p.method, count(DISTINCT p.sale_id) AS count, sum(p.amount_paise) AS amount
               FROM sales s JOIN sale_payments p ON p.sale_id = s.id WHERE s.business_date = ? GROUP BY p.method ORDER BY p.method`,
  returns: `SELECT count(*) AS count, COALESCE(sum(r.refund_paise), 0) AS value, COALESCE(sum(x.credit_paise), 0) AS credit
              FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id WHERE r.business_date = ?`,
  /** Money back: a plain return's refund, or what an exchange paid out beyond its new bill. */
  refunds: `SELECT COALESCE(x.refund_method, r.refund_method) AS method, count(*) AS count, sum(COALESCE(x.refund_paise, r.refund_paise)) AS amount
              FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id
             WHERE r.business_date = ? AND COALESCE(x.refund_paise, r.refund_paise) > 0 GROUP BY 1 ORDER BY 1`,
  taxSold: `SELECT l.gst_rate_bps AS rate, sum(l.taxable_paise) AS taxable, sum(l.cgst_paise) AS cgst, sum(l.sgst_paise) AS sgst
              FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date = ? GROUP BY l.gst_rate_bps`,
  taxReturned: `SELECT l.gst_rate_bps AS rate, sum(rl.taxable_paise) AS taxable, sum(rl.cgst_paise) AS cgst, sum(rl.sgst_paise) AS sgst
                  FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id
                 WHERE r.business_date = ? GROUP BY l.gst_rate_bps`,
  payouts: `SELECT method, count(*) AS count, sum(amount_paise) AS amount FROM payouts WHERE business_date = ? GROUP BY method ORDER BY method`,
  cashBefore: `SELECT COALESCE(sum(in_paise + out_paise), 0) AS paise FROM cash_daily WHERE business_date < ?`,
  cashDay: `SELECT kind, in_paise, out_paise FROM cash_daily WHERE business_date = ? ORDER BY kind`,
  byCraft: `SELECT d.craft_id, c.name_hi, c.name_en, ${DAILY_SUMS}
              FROM sales_daily d JOIN crafts c ON c.id = d.craft_id WHERE d.business_date = ? GROUP BY d.craft_id ORDER BY c.sort, c.id`,
  rentalCharges: `SELECT kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges WHERE business_date = ? GROUP BY kind`,
  /** GST in the day's rent, late fees and damage by the line's rate (the amounts include it, so taxable = amount - tax). */
  taxRented: `SELECT l.gst_rate_bps AS rate, sum(c.amount_paise - c.tax_paise) AS taxable, sum(c.cgst_paise) AS cgst, sum(c.sgst_paise) AS sgst
                FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
               WHERE c.business_date = ? AND c.kind IN ('rent', 'late_fee', 'damage') AND l.gst_rate_bps > 0 GROUP BY l.gst_rate_bps`,
  rentalPayments: `SELECT method, count(DISTINCT rental_id) AS count, sum(amount_paise) AS amount FROM rental_payments WHERE business_date = ? GROUP BY method ORDER BY method`,
  rentalAdvances: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM rental_payments WHERE business_date = ? AND event = 'booking'`,
  rentalReturns: `SELECT count(*) AS n FROM rental_returns WHERE business_date = ?`,
  /** Deposits still held when the day ended: every deposit charged up to then, less what was released. */
  depositsHeld: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM rental_charges WHERE business_date <= ? AND kind IN ('deposit', 'deposit_release')`
};
var RENTAL_TIME_SQL = {
  pickedUp: `SELECT count(*) AS n FROM rentals WHERE picked_up_at >= ? AND picked_up_at < ?`,
  /** Advances paid by the day's end on bookings neither picked up nor cancelled by then. */
  advancesHeld: `SELECT COALESCE(sum(p.amount_paise), 0) AS paise FROM rental_payments p JOIN rentals r ON r.id = p.rental_id
                  WHERE p.business_date <= ? AND p.event = 'booking' AND (r.picked_up_at IS NULL OR r.picked_up_at >= ?) AND (r.cancelled_at IS NULL OR r.cancelled_at >= ?)`
};
var q = (db, sql) => stmt(db, sql);
var byMethod = (rows) => rows.map((r) => ({ method: r.method, count: r.count, amountPaise: r.amount }));
function taxByRate(sold, returned, rented = []) {
  const out = /* @__PURE__ */ new Map();
  const add2 = (r, sign) => {
    const t = out.get(r.rate) ?? { rateBps: r.rate, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0 };
    t.taxablePaise += sign * r.taxable;
    t.cgstPaise += sign * r.cgst;
    t.sgstPaise += sign * r.sgst;
    out.set(r.rate, t);
  };
  for (const r of sold) add2(r, 1);
  for (const r of returned) add2(r, -1);
  for (const r of rented) add2(r, 1);
  return [...out.values()].sort((a, b) => a.rateBps - b.rateBps);
}
function dayRentals(db, date10) {
  const tz = stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? DEFAULT_TIME_ZONE;
  const start = dayStartUtc(date10, tz);
  const end = dayStartUtc(nextDate(date10), tz);
  const kinds = q(db, DAY_CLOSE_SQL.rentalCharges).all(date10);
  const k = (kind) => kinds.find((x2) => x2.kind === kind)?.amount ?? 0;
  const num = (sql, ...a) => stmt(db, sql).get(...a);
  return {
    pickedUp: num(RENTAL_TIME_SQL.pickedUp, start, end).n,
    returned: q(db, DAY_CLOSE_SQL.rentalReturns).get(date10).n,
    rentPaise: k("rent"),
    lateFeePaise: k("late_fee"),
    damagePaise: k("damage"),
    cancelKeptPaise: k("cancel_keep"),
    incomePaise: k("rent") + k("late_fee") + k("damage") + k("cancel_keep"),
    taxPaise: kinds.reduce((a, x2) => a + x2.tax, 0),
    depositsTakenPaise: k("deposit"),
    depositsReleasedPaise: 0 - k("deposit_release"),
    advancesTakenPaise: q(db, DAY_CLOSE_SQL.rentalAdvances).get(date10).paise,
    depositsHeldPaise: q(db, DAY_CLOSE_SQL.depositsHeld).get(date10).paise,
    advancesHeldPaise: num(RENTAL_TIME_SQL.advancesHeld, date10, end, end).paise,
    payments: byMethod(q(db, DAY_CLOSE_SQL.rentalPayments).all(date10))
  };
}
function dayClose2(db, date10) {
  const s = q(db, DAY_CLOSE_SQL.sales).get(date10);
  const ret = q(db, DAY_CLOSE_SQL.returns).get(date10);
  const crafts = q(db, DAY_CLOSE_SQL.byCraft).all(date10).map(craftTotals);
  const payouts = q(db, DAY_CLOSE_SQL.payouts).all(date10);
  const opening = q(db, DAY_CLOSE_SQL.cashBefore).get(date10).paise;
  const cashDay = q(db, DAY_CLOSE_SQL.cashDay).all(date10);
  const cashIn = cashDay.reduce((a, c) => a + c.in_paise, 0);
  const cashOut = -cashDay.reduce((a, c) => a + c.out_paise, 0);
  const returnedTax = crafts.reduce((a, c) => a + c.returnedTaxPaise, 0);
  return {
    date: date10,
    bills: { count: s.bills, firstNo: s.first_no, lastNo: s.last_no },
    lines: crafts.reduce((a, c) => a + c.lines, 0),
    grossSalesPaise: s.gross,
    discountsPaise: s.discount,
    salesPaise: s.total,
    taxPaise: s.tax,
    payments: byMethod(q(db, DAY_CLOSE_SQL.payments).all(date10)),
    returns: { count: ret.count, valuePaise: ret.value, taxPaise: returnedTax, refunds: byMethod(q(db, DAY_CLOSE_SQL.refunds).all(date10)), exchangeCreditPaise: ret.credit },
    netSalesPaise: s.total - ret.value,
    tax: taxByRate(q(db, DAY_CLOSE_SQL.taxSold).all(date10), q(db, DAY_CLOSE_SQL.taxReturned).all(date10), q(db, DAY_CLOSE_SQL.taxRented).all(date10)),
    payouts: {
      count: payouts.reduce((a, p) => a + p.count, 0),
      amountPaise: payouts.reduce((a, p) => a + p.amount, 0),
      byMethod: payouts.map((p) => ({ method: p.method, count: p.count, amountPaise: p.amount }))
    },
    cash: {
      openingPaise: opening,
      inPaise: cashIn,
      outPaise: cashOut,
      expectedPaise: opening + cashIn - cashOut,
      byKind: cashDay.map((c) => ({ kind: c.kind, amountPaise: c.in_paise + c.out_paise }))
    },
    byCraft: crafts,
    rentals: dayRentals(db, date10),
    closed: closedDay(db, date10)
  };
}

// src/core/reports/close.ts
var SELECT2 = `SELECT c.id, c.business_date AS date, c.counted_paise AS countedPaise, c.expected_paise AS expectedPaise,
                       c.difference_paise AS differencePaise, c.note, u.name AS closedBy, c.at
                  FROM day_closes c JOIN users u ON u.id = c.closed_by`;
function closedDay(db, date10) {
  return stmt(db, `${SELECT2} WHERE c.business_date = ?`).get(date10) ?? null;
}
function dayCloseById(db, id2) {
  const r = stmt(db, `${SELECT2} WHERE c.id = ?`).get(id2);
  if (!r) throw new AppError("NOT_FOUND", { what: "dayClose", field: "id", id: id2 });
  return r;
}
function listDayCloses(db, limit) {
  return stmt(db, `${SELECT2} ORDER BY c.business_date DESC LIMIT ?`).all(limit);
}
function closeDay(db, input2, now, userId) {
  const today = shopToday(db, now);
  if (input2.date > today) throw new AppError("INVALID_INPUT", { issues: [{ path: ["date"], code: "custom", message: "future_date" }], today });
  const before = closedDay(db, input2.date);
  if (before) {
    throw new AppError("CONFLICT", {
      field: "date",
      reason: "dayClosed",
      date: input2.date,
      closedBy: before.closedBy,
      at: before.at,
      countedPaise: before.countedPaise,
      id: before.id
    });
  }
  const expected = dayClose2(db, input2.date).cash.expectedPaise;
  const info = stmt(db, `INSERT INTO day_closes (uid, business_date, counted_paise, expected_paise, difference_paise, note, closed_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    v7_default(),
    input2.date,
    input2.countedPaise,
    expected,
    input2.countedPaise - expected,
    input2.note,
    userId,
    now.toISOString()
  );
  return dayCloseById(db, Number(info.lastInsertRowid));
}

// src/core/print/report-docs.ts
function dayCloseDoc(db, closeId, lang2) {
  const { shop, lang: shopLang } = shopOf2(db);
  const c = dayCloseById(db, closeId);
  const d = dayClose2(db, c.date);
  const counter = stmt(db, "SELECT counter_code AS c FROM shop_settings WHERE id = 1").get()?.c ?? "";
  const r = d.rentals;
  const payload = {
    shop,
    lang: lang2 ?? shopLang,
    day: c.date,
    at: c.at,
    closedBy: c.closedBy,
    counter,
    bills: { count: d.bills.count, firstNo: d.bills.firstNo ?? void 0, lastNo: d.bills.lastNo ?? void 0 },
    grossSalesPaise: d.grossSalesPaise,
    discountsPaise: d.discountsPaise,
    returnsPaise: d.returns.valuePaise,
    taxPaise: d.taxPaise,
    netSalesPaise: d.netSalesPaise,
    byMethod: d.payments.map((p) => ({ method: p.method, count: p.count, amountPaise: p.amountPaise })),
    rentals: {
      out: r.pickedUp,
      returned: r.returned,
      rentPaise: r.rentPaise,
      feesPaise: r.lateFeePaise + r.damagePaise + r.cancelKeptPaise,
      depositsTakenPaise: r.depositsTakenPaise,
      depositsReleasedPaise: r.depositsReleasedPaise,
      depositsHeldPaise: r.depositsHeldPaise,
      advancesHeldPaise: r.advancesHeldPaise
    },
    payoutsPaise: d.payouts.amountPaise,
    // The drawer as it was when the day was closed: the recorded expected figure, not today's re-reading.
    cash: { openingPaise: d.cash.openingPaise, inPaise: d.cash.inPaise, outPaise: d.cash.outPaise, expectedPaise: c.expectedPaise, countedPaise: c.countedPaise, differencePaise: c.differencePaise },
    note: c.note || void 0,
    byCraft: d.byCraft.map((k) => ({ nameHi: k.nameHi, nameEn: k.nameEn, qtyMilli: k.qtyMilli - k.returnedMilli, amountPaise: k.netSalesPaise }))
  };
  return { docType: "day_close", ref: c.date, payload };
}

// src/core/print/handlers.ts
function mayRead(doc, user) {
  if (doc === "day_close" && (!user || ROLES.indexOf(user.role) < ROLES.indexOf("manager"))) throw new AppError("FORBIDDEN", { need: "manager", doc });
}
function docFor(db, q2, now) {
  if (q2.doc === "intake") return intakeDoc(db, q2.id, q2.lang);
  if (q2.doc === "label") return labelsDoc(db, [{ productId: q2.id, copies: 1 }], q2.lang);
  if (q2.doc === "receipt") return receiptDoc(db, q2.id, q2.lang);
  if (q2.doc === "payout") return payoutDoc(db, q2.id, q2.lang);
  if (q2.doc === "rental") return rentalSlipDoc(db, q2.id, now, q2.lang);
  if (q2.doc === "rental_return") return rentalReturnDoc(db, q2.id, now, q2.lang);
  if (q2.doc === "day_close") return dayCloseDoc(db, q2.id, q2.lang);
  if (q2.doc === "return_receipt") return returnReceiptDoc(db, q2.id, q2.lang);
  return testPageDoc(db, readPrinter(db), now, q2.lang);
}
async function picture(doc, paper) {
  const { previewPng } = await import("./chunks/preview-FIVZFW6H.mjs");
  return previewPng(blocksOf(doc.docType, doc.payload, paper), paper);
}
var printHandlers = {
  "print.getSettings": (_i, { db }) => readPrinter(db),
  "print.updateSettings": (input2, ctx) => {
    const before = readPrinter(ctx.db);
    const after = writePrinter(ctx.db, input2, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  "print.testPage": ({ lang: lang2 }, ctx) => runPrint(ctx, (db, printer) => testPageDoc(db, printer, ctx.now, lang2)),
  "print.intakeSlip": ({ intakeId, lang: lang2 }, ctx) => runPrint(ctx, (db) => {
    try {
      return intakeDoc(db, intakeId, lang2);
    } catch (e) {
      if (e instanceof AppError && e.code === "NOT_FOUND") throw new AppError("NOT_FOUND", { ...e.details, field: "intakeId" });
      throw e;
    }
  }),
  "print.labels": ({ items, lang: lang2 }, ctx) => runPrint(ctx, (db) => ({ ...labelsDoc(db, items, lang2), copies: 1 })),
  "print.receipt": ({ saleId, lang: lang2, duplicate }, ctx) => runPrint(ctx, (db) => {
    const doc = receiptDoc(db, saleId, lang2);
    return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
  }),
  "print.returnReceipt": ({ returnNo, lang: lang2, duplicate }, ctx) => runPrint(ctx, (db) => {
    const id2 = returnIdByNo(db, returnNo);
    if (id2 === null) throw new AppError("NOT_FOUND", { what: "saleReturn", field: "returnNo", returnNo });
    const doc = returnReceiptDoc(db, id2, lang2);
    return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
  }),
  "print.payoutSlip": ({ payoutId, lang: lang2 }, ctx) => runPrint(ctx, (db) => payoutDoc(db, payoutId, lang2)),
  "print.rentalSlip": ({ rentalId, lang: lang2, duplicate }, ctx) => runPrint(ctx, (db) => {
    const doc = rentalSlipDoc(db, rentalId, ctx.now, lang2);
    return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
  }),
  "print.rentalReturnSlip": ({ returnId, lang: lang2, duplicate }, ctx) => runPrint(ctx, (db) => {
    const doc = rentalReturnDoc(db, returnId, ctx.now, lang2);
    return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
  }),
  "print.dayClose": ({ date: date10, lang: lang2, duplicate }, ctx) => runPrint(ctx, (db) => {
    const closed = closedDay(db, date10);
    if (!closed) throw new AppError("NOT_FOUND", { what: "dayClose", field: "date", date: date10 });
    const doc = dayCloseDoc(db, closed.id, lang2);
    return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
  }),
  "print.reprint": ({ jobId }, ctx) => runPrint(ctx, (db) => {
    const old = getJob(db, jobId);
    if (!old) throw new AppError("NOT_FOUND", { what: "printJob", field: "jobId", id: jobId });
    if (old.doc_type === "day_close") mayRead("day_close", ctx.user);
    return { docType: old.doc_type, ref: old.ref, payload: { ...JSON.parse(old.payload), duplicate: true }, reprintOf: old.reprint_of ?? old.id };
  }),
  "print.listJobs": (q2, { db }) => listJobs(db, q2),
  "print.preview": async (q2, ctx) => {
    mayRead(q2.doc, ctx.user);
    const { doc, paper } = ctx.read((db) => ({ doc: docFor(db, q2, ctx.now), paper: q2.paper ?? readPrinter(db).paper }));
    const png = await picture(doc, paper);
    return { pngBase64: png.toString("base64"), widthPx: png.readUInt32BE(16), heightPx: png.readUInt32BE(20), paper };
  },
  "print.slipPdf": async (q2, ctx) => {
    mayRead(q2.doc, ctx.user);
    const { doc, paper } = ctx.read((db) => ({ doc: docFor(db, q2, ctx.now), paper: readPrinter(db).paper }));
    const { slipPdf } = await import("./chunks/pdf-W37MTCFZ.mjs");
    const pdf = await slipPdf(await picture(doc, paper), paper, `${doc.docType} ${doc.ref}`);
    const name2 = `${doc.docType === "test_page" ? "test-page" : doc.docType.replace(/_/g, "-")}-${doc.docType === "test_page" ? shopToday(ctx.db, ctx.now) : doc.ref}`;
    return { fileName: `${name2.replace(/[^A-Za-z0-9._-]+/g, "-")}.pdf`, pdfBase64: pdf.toString("base64") };
  }
};

// src/core/reports/monthly.ts
var MONTHLY_SQL = {
  byCraft: `SELECT d.craft_id, c.name_hi, c.name_en, ${DAILY_SUMS}
              FROM sales_daily d JOIN crafts c ON c.id = d.craft_id WHERE d.business_date BETWEEN ? AND ? GROUP BY d.craft_id ORDER BY c.sort, c.id`,
  byDay: `SELECT d.business_date, ${DAILY_SUMS} FROM sales_daily d WHERE d.business_date BETWEEN ? AND ? GROUP BY d.business_date ORDER BY d.business_date`,
  bills: `SELECT business_date, count(*) AS bills FROM sales WHERE business_date BETWEEN ? AND ? GROUP BY business_date`
};
function monthRange(month2) {
  return { from: `${month2}-01`, to: lastDayOfMonth(month2) };
}
function monthly(db, month2) {
  const { from, to } = monthRange(month2);
  const crafts = stmt(db, MONTHLY_SQL.byCraft).all(from, to);
  const bills = new Map(stmt(db, MONTHLY_SQL.bills).all(from, to).map((b) => [b.business_date, b.bills]));
  const days = stmt(db, MONTHLY_SQL.byDay).all(from, to);
  return {
    month: month2,
    from,
    to,
    totals: addUp(crafts),
    byCraft: crafts.map(craftTotals),
    byDay: days.map((d) => ({ date: d.business_date, bills: bills.get(d.business_date) ?? 0, ...totals(d) }))
  };
}

// src/core/reports/monthly-csv.ts
var HEADERS2 = ["section", "date", "craft_hi", "craft_en", "bills", "lines", "qty", "gross", "after_discounts", "returned", "net_sales", "gst", "artisans_share", "group_share"];
var figures = (p) => [
  p.lines,
  formatScaled(p.qtyMilli - p.returnedMilli, 3),
  formatRupees(p.grossPaise),
  formatRupees(p.netPaise),
  formatRupees(p.returnedPaise),
  formatRupees(p.netSalesPaise),
  formatRupees(p.taxPaise - p.returnedTaxPaise),
  formatRupees(p.artisanSharePaise - p.returnedSharePaise),
  formatRupees(p.shopSharePaise)
];
function monthlyCsv(db, month2) {
  const m21 = monthly(db, month2);
  const bills = m21.byDay.reduce((a, d) => a + d.bills, 0);
  const rows = [
    ...m21.byCraft.map((k) => ["craft", "", k.nameHi, k.nameEn, "", ...figures(k)]),
    ...m21.byDay.map((d) => ["day", d.date, "", "", d.bills, ...figures(d)]),
    ["month", month2, "", "", bills, ...figures(m21.totals)]
  ];
  return { fileName: `monthly-${month2}.csv`, csv: writeCsv(HEADERS2, rows), rows: rows.length };
}

// src/core/reports/handlers.ts
var reportsHandlers = {
  "reports.getDayClose": ({ date: date10 }, { db, now }) => {
    const tz = stmt(db, "SELECT time_zone AS t FROM shop_settings WHERE id = 1").get()?.t ?? "Asia/Kolkata";
    return dayClose2(db, date10 ?? businessDate(now, tz));
  },
  "reports.getMonthly": ({ month: month2 }, { db }) => monthly(db, month2),
  "reports.closeDay": ({ date: date10, countedPaise, note: note2 }, ctx) => closeDay(ctx.db, { date: date10, countedPaise, note: note2 }, ctx.now, caller(ctx).id),
  "reports.listDayCloses": ({ limit }, { db }) => listDayCloses(db, limit),
  "reports.exportMonthly": ({ month: month2 }, { db }) => monthlyCsv(db, month2)
};

// src/core/catalog/search.ts
var ROW_SQL = `SELECT ${PRODUCT_ROW_COLUMNS} FROM ${PRODUCT_ROW_FROM}`;
var FILTER = `(@archived OR p.status = 'active') AND (@rent IS NULL OR p.for_rent = @rent)`;
var SEARCH_SQL = {
  byBarcode: `${ROW_SQL} WHERE p.id = (SELECT product_id FROM barcodes WHERE code = ?)`,
  bySku: `${ROW_SQL} WHERE p.id = (SELECT id FROM products WHERE sku = ?)`,
  bySkuAnyCase: `${ROW_SQL} WHERE p.id = (SELECT id FROM products WHERE lower(sku) = lower(?))`,
  byIds: `${ROW_SQL} WHERE p.id IN (SELECT value FROM json_each(?))`,
  /** Trigram matches in index order, filtered, bounded: never the whole match set. */
  window: `SELECT f.rowid AS id, p.name_hi, p.name_en, f.name AS text
             FROM products_fts f JOIN products p ON p.id = f.rowid
            WHERE products_fts MATCH @match AND ${FILTER}
            LIMIT @window`,
  /** Names or SKUs starting with the query: three limited range scans on migration 0003's indexes. */
  prefix: `SELECT id, name_hi, name_en, '' AS text FROM products p
            WHERE p.id IN (
              SELECT id FROM (SELECT id FROM products p WHERE name_hi >= @lo AND name_hi < @loEnd AND ${FILTER} LIMIT @limit)
              UNION SELECT id FROM (SELECT id FROM products p WHERE lower(name_en) >= @lower AND lower(name_en) < @lowerEnd AND ${FILTER} LIMIT @limit)
              UNION SELECT id FROM (SELECT id FROM products p WHERE lower(sku) >= @lower AND lower(sku) < @lowerEnd AND ${FILTER} LIMIT @limit))`
};
function findByCode(db, code2) {
  const r = stmt(db, SEARCH_SQL.byBarcode).get(code2) ?? stmt(db, SEARCH_SQL.bySku).get(code2) ?? stmt(db, SEARCH_SQL.bySkuAnyCase).get(code2);
  return r ? toProductRow(r) : null;
}
function lookup2(db, code2) {
  const row2 = findByCode(db, code2);
  if (!row2) throw new AppError("NOT_FOUND", { what: "product", code: code2 });
  return row2;
}
var WINDOW_FACTOR = 3;
function search(db, q2, opts) {
  const exactRow = findByCode(db, q2);
  const exact = exactRow !== null && (opts.includeArchived || exactRow.status === "active") && (opts.forRent === void 0 || exactRow.forRent === opts.forRent);
  const filters = { archived: opts.includeArchived ? 1 : 0, rent: opts.forRent === void 0 ? null : opts.forRent ? 1 : 0 };
  const words = queryWords(q2);
  const match = matchExpression(words);
  const found = /* @__PURE__ */ new Map();
  if (match) {
    const window2 = stmt(db, SEARCH_SQL.window).all({ match, window: opts.limit * WINDOW_FACTOR, ...filters });
    for (const c of window2) found.set(c.id, c);
  }
  for (const c of prefixMatches(db, q2, { ...filters, limit: opts.limit })) if (!found.has(c.id)) found.set(c.id, c);
  if (exactRow) found.delete(exactRow.id);
  const first = words[0];
  const ranked = [...found.values()].map((c) => ({ c, tier: first ? tier(c, first) : 3, len: (c.name_hi || c.name_en).length })).sort((a, b) => a.tier - b.tier || a.len - b.len || cmp(a.c.name_hi, b.c.name_hi) || cmp(a.c.name_en, b.c.name_en) || a.c.id - b.c.id).slice(0, opts.limit - (exact ? 1 : 0));
  const rows = rowsByIds(db, ranked.map((r) => r.c.id));
  return { rows: exact ? [exactRow, ...rows] : rows, exact };
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function tier(c, w) {
  if (c.name_hi.startsWith(w.raw) || c.name_en.toLowerCase().startsWith(w.raw)) return 0;
  const words = c.text.split(" ");
  const firstLatin = words.find((t) => LATIN_START.test(t)) ?? "";
  if (w.hi && words[0].startsWith(w.hi) || w.latin[0] && firstLatin.startsWith(w.latin[0])) return 0;
  const forms = [w.hi, w.latin[0] ?? ""].filter(Boolean);
  if (forms.some((f) => words.some((t) => t.startsWith(f)))) return 1;
  if (forms.some((f) => c.text.includes(f))) return 2;
  return 3;
}
var LATIN_START = /^[a-z0-9]/;
function rowsByIds(db, ids) {
  if (ids.length === 0) return [];
  const byId = new Map(
    stmt(db, SEARCH_SQL.byIds).all(JSON.stringify(ids)).map((r) => [r.id, toProductRow(r)])
  );
  return ids.map((id2) => byId.get(id2));
}
function prefixMatches(db, q2, filters) {
  const lo = q2.normalize("NFC");
  const lower = lo.toLowerCase();
  const end = (s) => `${s}\u{10FFFF}`;
  return stmt(db, SEARCH_SQL.prefix).all({ lo, loEnd: end(lo), lower, lowerEnd: end(lower), ...filters });
}

// src/core/catalog/search-handlers.ts
var searchHandlers = {
  "catalog.search": ({ q: q2, limit, forRent, includeArchived }, { db }) => search(db, q2, { limit, forRent, includeArchived }),
  "catalog.lookup": ({ code: code2 }, { db }) => lookup2(db, code2)
};

// src/core/session/handlers.ts
var sessionHandlers = {
  "session.people": (_i, { db }) => stmt(db, `SELECT id, name, role FROM users WHERE active = 1 ORDER BY CASE role WHEN 'cashier' THEN 1 ELSE 0 END, name`).all(),
  "session.login": ({ userId, pin: pin2 }, ctx) => {
    const user = checkPin(ctx.db, userId, pin2, ctx.now, "login");
    ctx.startSession(user);
    return user;
  },
  "session.logout": (_i, ctx) => {
    ctx.endSession();
    return null;
  },
  "session.current": (_i, { user }) => user
};

// resources/demo-shop.json
var demo_shop_default = {
  billing: { upiVpa: "hamarhatri.demo@upi", upiPayeeName: "Hamar Hatri (Demo)", returnPolicy: "\u092C\u093F\u0928\u093E \u0909\u092A\u092F\u094B\u0917 \u0915\u093E \u0938\u093E\u092E\u093E\u0928 7 \u0926\u093F\u0928 \u092E\u0947\u0902 \u092C\u093F\u0932 \u0915\u0947 \u0938\u093E\u0925 \u092C\u0926\u0932\u093E \u091C\u093E \u0938\u0915\u0924\u093E \u0939\u0948\u0964 / Unused items can be exchanged within 7 days with the bill." },
  shop: { shopName: "\u0939\u092E\u0930 \u0939\u091F\u0930\u0940 (\u0921\u0947\u092E\u094B)", address: "\u0906\u0930\u0915\u0947 \u092E\u093E\u0930\u094D\u091F, \u0938\u094D\u0915\u0942\u0932 \u091A\u094C\u0915, \u092C\u094B\u0930\u0938\u0940, \u0926\u0941\u0930\u094D\u0917 (\u091B.\u0917.)", phone: "0788 2345678" },
  people: [
    { name: "\u0932\u0932\u093F\u0924\u093E \u0938\u093E\u0939\u0942", role: "owner", pin: "1234" },
    { name: "\u092A\u0942\u091C\u093E \u092F\u093E\u0926\u0935", role: "cashier", pin: "1111" }
  ],
  crafts: [
    { code: "PARA", hi: "\u092A\u0948\u0930\u093E \u0906\u0930\u094D\u091F", en: "Paddy-straw art" },
    { code: "JUTE", hi: "\u091C\u0942\u091F \u0906\u0930\u094D\u091F", en: "Jute art" },
    { code: "DHOKRA", hi: "\u0922\u094B\u0915\u0930\u093E \u0906\u0930\u094D\u091F", en: "Dhokra metal casting" },
    { code: "BELLMETAL", hi: "\u092C\u0947\u0932 \u092E\u0947\u091F\u0932", en: "Bell metal" },
    { code: "KOSA", hi: "\u0915\u094B\u0938\u093E \u0938\u093F\u0932\u094D\u0915", en: "Kosa silk" },
    { code: "MATPARAI", hi: "\u092E\u091F \u092A\u0930\u0908", en: "Mat Parai clay" },
    { code: "GODNA", hi: "\u0917\u094B\u0926\u0928\u093E", en: "Godna" },
    { code: "DHAN", hi: "\u0927\u093E\u0928 \u0906\u0930\u094D\u091F", en: "Paddy-grain art" },
    { code: "BAANS", hi: "\u092C\u093E\u0902\u0938 \u0915\u0932\u093E", en: "Bamboo craft" },
    { code: "JEWELLERY", hi: "\u091B\u0924\u094D\u0924\u0940\u0938\u0917\u0922\u093C\u0940 \u091C\u094D\u0935\u0947\u0932\u0930\u0940", en: "Chhattisgarhi jewellery" },
    { code: "BASTAR", hi: "\u092C\u0938\u094D\u0924\u0930 \u0906\u0930\u094D\u091F", en: "Bastar art" },
    { code: "COSTUME", hi: "\u091B\u0924\u094D\u0924\u0940\u0938\u0917\u0922\u093C\u0940 \u0935\u0947\u0936\u092D\u0942\u0937\u093E", en: "Chhattisgarhi costume" },
    { code: "WEDDING", hi: "\u0935\u093F\u0935\u093E\u0939 \u0938\u091C\u093E\u0935\u091F", en: "Wedding decoration" }
  ],
  artisans: [
    { key: "sunita", hi: "\u0938\u0941\u0928\u0940\u0924\u093E \u0938\u093E\u0939\u0942", en: "Sunita Sahu", phone: "9876543210", village: "\u092C\u094B\u0930\u0938\u0940, \u0926\u0941\u0930\u094D\u0917", upi: "sunita.sahu@upi", commissionBps: 2e3 },
    { key: "geeta", hi: "\u0917\u0940\u0924\u093E \u092F\u093E\u0926\u0935", en: "Geeta Yadav", phone: "9876501234", village: "\u092A\u0941\u0932\u0917\u093E\u0902\u0935, \u0926\u0941\u0930\u094D\u0917", upi: "", commissionBps: 2e3 },
    { key: "kamla", hi: "\u0915\u092E\u0932\u093E \u0928\u093F\u0937\u093E\u0926", en: "Kamla Nishad", phone: "9823456701", village: "\u0915\u094B\u0902\u0921\u093E\u0917\u093E\u0902\u0935", upi: "kamla.nishad@upi", commissionBps: 2500 },
    { key: "rekha", hi: "\u0930\u0947\u0916\u093E \u0935\u0930\u094D\u092E\u093E", en: "Rekha Verma", phone: "9812345670", village: "\u091A\u093E\u0902\u092A\u093E", upi: "", commissionBps: 1500 }
  ],
  products: [
    { sku: "PARA-001", hi: "\u092A\u0948\u0930\u093E \u0906\u0930\u094D\u091F \u0917\u0923\u0947\u0936 \u091A\u093F\u0924\u094D\u0930", en: "Paddy-straw Ganesha panel", craft: "PARA", artisan: "sunita", price: 85e3, qty: 6, hsn: "4602" },
    { sku: "JUTE-001", hi: "\u091C\u0942\u091F \u0925\u0948\u0932\u093E", en: "Jute bag", craft: "JUTE", artisan: "geeta", price: 25e3, qty: 20, hsn: "4202" },
    { sku: "DHOK-001", hi: "\u0922\u094B\u0915\u0930\u093E \u0939\u093E\u0925\u0940", en: "Dhokra elephant", craft: "DHOKRA", artisan: "kamla", price: 245e3, qty: 4, hsn: "8306" },
    { sku: "DHOK-002", hi: "\u0922\u094B\u0915\u0930\u093E \u0928\u0902\u0926\u0940", en: "Dhokra Nandi", craft: "DHOKRA", artisan: "kamla", price: 18e4, qty: 3, hsn: "8306" },
    { sku: "BELL-001", hi: "\u092C\u0947\u0932 \u092E\u0947\u091F\u0932 \u0926\u0940\u092F\u093E", en: "Bell metal lamp", craft: "BELLMETAL", artisan: "kamla", price: 12e4, qty: 5, hsn: "8306" },
    { sku: "KOSA-001", hi: "\u0915\u094B\u0938\u093E \u0938\u093F\u0932\u094D\u0915 \u0938\u093E\u0921\u093C\u0940", en: "Kosa silk saree", craft: "KOSA", artisan: "rekha", price: 125e5, qty: 2, hsn: "5007" },
    { sku: "KOSA-002", hi: "\u0915\u094B\u0938\u093E \u0926\u0941\u092A\u091F\u094D\u091F\u093E", en: "Kosa stole", craft: "KOSA", artisan: "rekha", price: 32e4, qty: 8, hsn: "5007" },
    { sku: "MATP-001", hi: "\u092E\u091F \u092A\u0930\u0908 \u0926\u0940\u0935\u093E\u0930 \u0938\u091C\u093E\u0935\u091F", en: "Mat Parai wall plate", craft: "MATPARAI", artisan: "sunita", price: 45e3, qty: 10, hsn: "6913" },
    { sku: "GODN-001", hi: "\u0917\u094B\u0926\u0928\u093E \u0915\u0941\u0930\u094D\u0924\u093E \u0915\u092A\u0921\u093C\u093E", en: "Godna print kurta fabric", craft: "GODNA", artisan: "geeta", price: 65e3, qty: 7, hsn: "5208" },
    { sku: "DHAN-001", hi: "\u0927\u093E\u0928 \u0915\u093E \u092C\u0948\u091C", en: "Paddy-grain badge", craft: "DHAN", artisan: "sunita", price: 5e3, qty: 120, hsn: "4602" },
    { sku: "DHAN-002", hi: "\u0927\u093E\u0928 \u0915\u0940 \u0930\u093E\u0916\u0940", en: "Paddy-grain rakhi", craft: "DHAN", artisan: "sunita", price: 3e3, qty: 80, hsn: "4602" },
    { sku: "BAAN-001", hi: "\u092C\u093E\u0902\u0938 \u0915\u0940 \u091F\u094B\u0915\u0930\u0940", en: "Bamboo basket", craft: "BAANS", artisan: "geeta", price: 35e3, qty: 12, hsn: "4602" },
    { sku: "JEWL-001", hi: "\u0938\u0941\u0924\u093E (\u0917\u0932\u0947 \u0915\u093E \u0939\u093E\u0930)", en: "Suta necklace", craft: "JEWELLERY", artisan: null, price: 15e4, qty: 4, hsn: "7117" },
    { sku: "BAST-001", hi: "\u092C\u0938\u094D\u0924\u0930 \u0932\u094C\u0939 \u0926\u0940\u092A\u0915", en: "Bastar wrought-iron lamp", craft: "BASTAR", artisan: "kamla", price: 95e3, qty: 5, hsn: "7326" }
  ],
  rentables: [
    { sku: "RENT-001", hi: "\u091B\u0924\u094D\u0924\u0940\u0938\u0917\u0922\u093C\u0940 \u0935\u0947\u0936\u092D\u0942\u0937\u093E (\u092E\u0939\u093F\u0932\u093E)", en: "Chhattisgarhi costume (women)", craft: "COSTUME", price: 8e4, qty: 3, rent: { mode: "pieces", day: 3e4, event: 8e4, eventDays: 3, deposit: 2e5, late: 2e4, buffer: 1 } },
    { sku: "RENT-002", hi: "\u091B\u0924\u094D\u0924\u0940\u0938\u0917\u0922\u093C\u0940 \u0935\u0947\u0936\u092D\u0942\u0937\u093E (\u092A\u0941\u0930\u0941\u0937)", en: "Chhattisgarhi costume (men)", craft: "COSTUME", price: 6e4, qty: 3, rent: { mode: "pieces", day: 25e3, event: 6e4, eventDays: 3, deposit: 15e4, late: 15e3, buffer: 1 } },
    { sku: "RENT-003", hi: "\u092E\u094C\u0930", en: "Maur (wedding crown)", craft: "WEDDING", artisan: "sunita", price: 5e4, qty: 2, rent: { mode: "pieces", day: null, event: 5e4, eventDays: 2, deposit: 1e5, late: 1e4, buffer: 1 } },
    { sku: "RENT-004", hi: "\u092A\u0930\u094D\u0930\u093E", en: "Parra (bamboo tray)", craft: "WEDDING", price: 1e4, qty: 10, rent: { mode: "counted", day: null, event: 1e4, eventDays: 3, deposit: 2e4, late: 2e3, buffer: 0 } },
    { sku: "RENT-005", hi: "\u092C\u093F\u0902\u091D\u0928\u093E", en: "Binjhna (hand fan)", craft: "WEDDING", price: 8e3, qty: 10, rent: { mode: "counted", day: null, event: 8e3, eventDays: 3, deposit: 15e3, late: 1500, buffer: 0 } },
    { sku: "RENT-006", hi: "\u0915\u0932\u0936\u093E", en: "Kalsha (pot)", craft: "WEDDING", price: 5e3, qty: 40, rent: { mode: "counted", day: 1e3, event: 5e3, eventDays: 3, deposit: 1e4, late: 1e3, buffer: 1 } },
    { sku: "RENT-007", hi: "\u092E\u0921\u093C\u0935\u093E \u0938\u091C\u093E\u0935\u091F", en: "Madwa canopy decoration", craft: "WEDDING", price: 15e4, qty: 1, rent: { mode: "counted", day: 5e4, event: 15e4, eventDays: 3, deposit: 3e5, late: 5e4, buffer: 2 } },
    { sku: "RENT-008", hi: "\u0938\u091C\u093E\u0935\u091F\u0940 \u091F\u0940\u092A\u093E", en: "Decorative tipa", craft: "WEDDING", price: 6e3, qty: 20, rent: { mode: "counted", day: null, event: 6e3, eventDays: 3, deposit: 1e4, late: 1e3, buffer: 0 } }
  ]
};

// src/core/setup/demo.ts
var DEMO_REFERENCE = { hi: "\u0928\u092E\u0942\u0928\u093E \u092E\u093E\u0932", en: "demo" };
function loadDemoShop(db, language, now) {
  writeSettings(db, { ...demo_shop_default.shop, language, timeZone: "Asia/Kolkata", gstin: "" }, now);
  stmt(db, "UPDATE shop_settings SET upi_vpa = ?, upi_payee_name = ?, return_policy = ? WHERE id = 1").run(demo_shop_default.billing.upiVpa, demo_shop_default.billing.upiPayeeName, demo_shop_default.billing.returnPolicy);
  const people = demo_shop_default.people.map((p) => ({ ...createUser(db, p.name, p.role, p.pin, now), pin: p.pin }));
  const craftId2 = /* @__PURE__ */ new Map();
  demo_shop_default.crafts.forEach((c, i2) => craftId2.set(c.code, createCraft(db, { code: c.code, nameHi: c.hi, nameEn: c.en, sort: i2, active: true }).id));
  const artisanId = /* @__PURE__ */ new Map();
  for (const a of demo_shop_default.artisans) {
    const created = createArtisan(db, { nameHi: a.hi, nameEn: a.en, phone: a.phone, village: a.village, upiId: a.upi, bankDetails: "", commissionBps: a.commissionBps, notes: "", active: true }, now);
    artisanId.set(a.key, created.id);
  }
  const owner = people[0];
  const intakes = /* @__PURE__ */ new Map();
  const add2 = (p, forRent) => {
    const product = createProduct(
      db,
      {
        sku: p.sku,
        nameHi: p.hi,
        nameEn: p.en,
        craftId: craftId2.get(p.craft),
        artisanId: p.artisan ? artisanId.get(p.artisan) : null,
        pricePaise: p.price,
        costPaise: null,
        commissionBps: null,
        artisanFixedPaise: null,
        discountRule: "split",
        hsn: p.hsn ?? "",
        gstRateBps: 0,
        unit: "piece",
        forSale: !forRent,
        forRent,
        lowStockMilli: 0,
        barcodes: []
      },
      now
    );
    if (p.qty <= 0) return;
    const lines2 = intakes.get(product.artisanId) ?? [];
    lines2.push({ productId: product.id, qtyMilli: p.qty * 1e3 });
    intakes.set(product.artisanId, lines2);
  };
  for (const p of demo_shop_default.products) add2(p, false);
  for (const p of demo_shop_default.rentables) add2(p, true);
  for (const [artisan, lines2] of intakes) recordIntake(db, { artisanId: artisan, reference: DEMO_REFERENCE[language], notes: "", lines: lines2 }, owner.id, now);
  for (const r of demo_shop_default.rentables) {
    const productId = stmt(db, "SELECT id FROM products WHERE sku = ?").get(r.sku).id;
    const t = r.rent;
    const mode2 = t.mode === "pieces" ? "pieces" : "counted";
    setTerms(db, { productId, mode: mode2, dayPricePaise: t.day, eventPricePaise: t.event, eventDays: t.eventDays, depositPaise: t.deposit, lateFeePerDayPaise: t.late, bufferDays: t.buffer }, owner.id, now);
    if (mode2 === "pieces") addPieces(db, { productId, tags: [], count: r.qty }, owner.id, now);
  }
  return { user: { id: owner.id, name: owner.name, role: owner.role }, pins: people.map((p) => ({ name: p.name, role: p.role, pin: p.pin })) };
}

// src/core/setup/handlers.ts
function refuseIfSetUp(db) {
  if (readSettings(db)) throw new AppError("ALREADY_SET_UP");
}
var setupHandlers = {
  "setup.status": (_i, { db }) => {
    const s = readSettings(db);
    return { setUp: s !== null, language: s?.language ?? "hi", shopName: s?.shopName ?? null, timeZone: s?.timeZone ?? "Asia/Kolkata" };
  },
  /** First run: the shop's details and its first manager (who holds the owner role). */
  "setup.complete": (input2, ctx) => {
    refuseIfSetUp(ctx.db);
    writeSettings(ctx.db, { shopName: input2.shopName, address: input2.address, phone: input2.phone, language: input2.language, timeZone: "Asia/Kolkata", gstin: "" }, ctx.now);
    const user = createUser(ctx.db, input2.managerName, "owner", input2.pin, ctx.now);
    ctx.startSession(user);
    return user;
  },
  "setup.loadDemo": ({ language }, ctx) => {
    refuseIfSetUp(ctx.db);
    const loaded = loadDemoShop(ctx.db, language, ctx.now);
    ctx.startSession(loaded.user);
    return loaded;
  }
};

// src/core/stock/count-handlers.ts
var countsHandlers = {
  "counts.start": (input2, ctx) => startCount(ctx.db, input2, caller(ctx).id, ctx.now),
  "counts.get": ({ id: id2 }, { db }) => getCount(db, id2),
  "counts.list": ({ status, limit }, { db }) => listCounts(db, status, limit),
  "counts.scan": ({ id: id2, code: code2, qtyMilli: qtyMilli2 }, ctx) => scanCount(ctx.db, id2, code2, qtyMilli2, caller(ctx).id, ctx.now),
  "counts.set": ({ id: id2, productId, countedMilli }, ctx) => setCount(ctx.db, id2, productId, countedMilli, caller(ctx).id, ctx.now),
  "counts.post": ({ id: id2, reason: reason2, uncounted }, ctx) => {
    const sheet = postCount(ctx.db, id2, reason2, uncounted, caller(ctx).id, ctx.now);
    ctx.auditDetails({ after: { status: sheet.status, varianceValuePaise: sheet.varianceValuePaise, countedLines: sheet.countedLines } });
    return sheet;
  },
  "counts.cancel": ({ id: id2, reason: reason2 }, ctx) => cancelCount(ctx.db, id2, reason2, caller(ctx).id, ctx.now)
};

// src/core/stock/movements.ts
var WHERE2 = `WHERE (@productId IS NULL OR m.product_id = @productId) AND (@kind IS NULL OR m.kind = @kind)
  AND (@artisanId IS NULL OR p.artisan_id = @artisanId)`;
function listMovements(db, q2) {
  const params = { productId: q2.productId ?? null, artisanId: q2.artisanId ?? null, kind: q2.kind ?? null, offset: q2.offset, limit: q2.limit };
  const rows = stmt(
    db,
    `SELECT m.*, p.sku, p.name_hi, p.name_en, p.unit, u.name AS user_name
       FROM stock_movements m JOIN products p ON p.id = m.product_id LEFT JOIN users u ON u.id = m.user_id
       ${WHERE2} ORDER BY m.id DESC LIMIT @limit OFFSET @offset`
  ).all(params);
  const total = stmt(db, `SELECT count(*) AS n FROM stock_movements m JOIN products p ON p.id = m.product_id ${WHERE2}`).get(params).n;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      uid: r.uid,
      productId: r.product_id,
      sku: r.sku,
      nameHi: r.name_hi,
      nameEn: r.name_en,
      unit: r.unit,
      qtyMilli: r.qty_milli,
      kind: r.kind,
      unitPricePaise: r.unit_price_paise,
      userId: r.user_id,
      userName: r.user_name,
      at: r.at,
      reason: r.reason,
      reference: r.reference,
      refType: r.ref_type,
      refId: r.ref_id
    }))
  };
}

// src/core/stock/removals.ts
function price(db, productId, field) {
  const p = stmt(db, "SELECT price_paise, artisan_id FROM products WHERE id = ?").get(productId);
  if (!p) throw new AppError("NOT_FOUND", { what: "product", field, id: productId });
  return p;
}
function returnToArtisan(db, input2) {
  if (!stmt(db, "SELECT 1 FROM artisans WHERE id = ?").get(input2.artisanId)) throw new AppError("NOT_FOUND", { what: "artisan", field: "artisanId", id: input2.artisanId });
  const refId = v7_default();
  const movements = input2.lines.map((l, i2) => {
    const p = price(db, l.productId, ["lines", i2, "productId"]);
    if (p.artisan_id !== input2.artisanId) throw new AppError("CONFLICT", { field: ["lines", i2, "productId"], reason: "otherOwner", id: l.productId, ownerId: p.artisan_id });
    const m21 = recordMovement(db, {
      productId: l.productId,
      qtyMilli: -l.qtyMilli,
      kind: "return_to_artisan",
      unitPricePaise: p.price_paise,
      userId: input2.userId,
      at: input2.at,
      reason: input2.reason,
      reference: input2.reference,
      refType: "return_to_artisan",
      refId,
      path: ["lines", i2, "qtyMilli"]
    });
    return { productId: l.productId, movementId: m21.id, qtyMilli: -l.qtyMilli, onHandMilli: m21.onHandMilli };
  });
  return { refId, movements };
}
function writeOff(db, input2) {
  const p = price(db, input2.productId, ["productId"]);
  const refId = v7_default();
  const m21 = recordMovement(db, {
    productId: input2.productId,
    qtyMilli: -input2.qtyMilli,
    kind: "write_off",
    unitPricePaise: p.price_paise,
    userId: input2.userId,
    at: input2.at,
    reason: input2.reason,
    reference: input2.reference,
    refType: "write_off",
    refId
  });
  return { refId, movements: [{ productId: input2.productId, movementId: m21.id, qtyMilli: -input2.qtyMilli, onHandMilli: m21.onHandMilli }] };
}

// src/core/stock/handlers.ts
var stockHandlers = {
  "stock.intake": (input2, ctx) => recordIntake(ctx.db, input2, caller(ctx).id, ctx.now),
  "stock.getIntake": ({ id: id2 }, { db }) => getIntake(db, id2),
  "stock.returnToArtisan": (input2, ctx) => returnToArtisan(ctx.db, { ...input2, userId: caller(ctx).id, at: ctx.now }),
  "stock.writeOff": (input2, ctx) => writeOff(ctx.db, { ...input2, userId: caller(ctx).id, at: ctx.now }),
  "stock.listMovements": (q2, { db }) => listMovements(db, q2)
};

// src/core/handlers.ts
var handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...catalogHandlers,
  ...productHandlers,
  ...craftsHandlers,
  ...artisansHandlers,
  ...stockHandlers,
  ...countsHandlers,
  ...searchHandlers,
  ...csvHandlers,
  ...labelsHandlers,
  ...photosHandlers,
  ...salesHandlers,
  ...billingHandlers,
  ...payoutsHandlers,
  ...rentalsHandlers,
  ...usersHandlers,
  ...backupHandlers,
  ...printHandlers,
  ...reportsHandlers
};

// src/core/session/store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var SessionStore = class {
  /** A session unused this long is over: a counter left alone locks itself (default 30 minutes). */
  constructor(idleMs = 30 * 6e4) {
    this.idleMs = idleMs;
  }
  idleMs;
  sessions = /* @__PURE__ */ new Map();
  create(user, now) {
    const token = randomBytes2(32).toString("base64url");
    this.sessions.set(token, { user, lastSeen: now });
    return token;
  }
  get(token, now) {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    if (now - s.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    s.lastSeen = now;
    return s.user;
  }
  delete(token) {
    if (token) this.sessions.delete(token);
  }
  /** Forget every session of one person (PIN reset, deactivation). */
  deleteUser(userId) {
    for (const [t, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(t);
  }
};

// src/core/app.ts
function createApp(file3, opts = {}) {
  const restored = file3 === ":memory:" ? null : applyPendingRestore(file3);
  if (restored && "refused" in restored) (opts.log ?? console.error)("restore refused", restored.refused);
  const db = openDatabase(file3, opts);
  const sessions = new SessionStore(opts.sessionIdleMs);
  const call = createDispatch({ db, contract, handlers, sessions, clock: opts.clock, log: opts.log ?? ((m21, e) => console.error(m21, e)) });
  return { db, sessions, call, callAny: async (n, i2, t) => call(n, i2, t), close: () => db.close() };
}

// bench/child.ts
var [mode, file2, extra] = process.argv.slice(2);
var say = (o) => process.stdout.write(`${JSON.stringify(o)}
`);
{
  const loaded = performance.now();
  const app = createApp(file2);
  const opened = performance.now();
  const status = app.call("setup.status", {});
  say({ first: performance.now(), loaded, opened, ok: status.result.ok });
  if (mode === "work") {
    const { pool, barcodes, cashierId, n } = JSON.parse(fs6.readFileSync(extra, "utf8"));
    const token = app.sessions.create({ id: cashierId, name: "bench", role: "cashier" }, Date.now());
    const t = performance.now();
    const page = app.call("catalog.page", { offset: 0, limit: 100 }, token);
    const firstPageMs = performance.now() - t;
    let failures = page.result.ok ? 0 : 1;
    const terms = ["\u0922\u094B\u0915\u0930\u093E", "dhokra", "elephant", "\u0938\u093E\u0921\u093C\u0940", "tokri", "nagada"];
    for (let i2 = 0; i2 < n; i2++) {
      const ps = [pool[i2 % pool.length], pool[(i2 * 7 + 1) % pool.length], pool[(i2 * 13 + 2) % pool.length]];
      const total = ps.reduce((s, p) => s + p.price, 0);
      const o = app.call("sales.checkout", { requestId: randomUUID(), lines: ps.map((p) => ({ productId: p.id, qtyMilli: 1e3, expectedPricePaise: p.price })), payments: [{ method: "upi", amountPaise: total }] }, token);
      if (!o.result.ok) failures++;
      for (let j = 0; j < 3; j++) app.call("catalog.lookup", { code: barcodes[(i2 * 3 + j) % barcodes.length] }, token);
      app.call("catalog.search", { q: terms[i2 % terms.length], limit: 50 }, token);
      if (i2 % 5 === 0) app.call("catalog.page", { offset: i2 * 100 % 1e4, limit: 100 }, token);
    }
    say({ done: performance.now(), firstPageMs, failures, rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  }
  app.close();
}
/*! Bundled license information:

papaparse/papaparse.js:
  (* @license
  Papa Parse
  v5.5.3
  https://github.com/mholt/PapaParse
  License: MIT
  *)
*/
