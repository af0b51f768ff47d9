#include "config/sample_conf.hpp"

namespace sup::config {

std::string_view sample_config_text() {
    return R"SAMPLE(; Sample supervisor-cpp configuration.
;
; Lines starting with ';' or '#' are comments, and so is anything after a
; ';' or '#' that follows whitespace. A value may go on over several lines
; when the following lines are indented.
;
; Values may use %(name)s expansions:
;   %(here)s            directory of the file the value is written in
;   %(ENV_NAME)s        the environment variable NAME of supervisord
;   %(host_node_name)s  this machine's host name
; and, in program-like sections, %(program_name)s, %(group_name)s,
; %(process_num)d (e.g. %(process_num)02d) and %(numprocs)d. Write %% for
; a literal percent sign.
;
; Commented-out keys below show their default value. The same settings can
; be written in TOML instead (a file ending in .toml); see config-toml.md.

[unix_http_server]
file=/tmp/supervisor.sock     ; socket for supervisorctl and RPC clients
;chmod=0700                   ; permission bits of the socket file
;chown=nobody:nogroup         ; owner[:group] of the socket file; default: ours
;username=user                ; require this user name (default: no auth)
;password=123                 ; and this password, plain or {SHA}hex-digest

;[inet_http_server]           ; XML-RPC and web interface over TCP; off unless present
;port=127.0.0.1:9001          ; host:port, *:port or :port for every interface
;username=user                ; require this user name (default: no auth)
;password=123                 ; and this password, plain or {SHA}hex-digest

[supervisord]
logfile=/tmp/supervisord.log  ; main log; default $CWD/supervisord.log, or syslog
logfile_maxbytes=50MB         ; rotate the main log at this size; 0 never rotates
logfile_backups=10            ; rotated main logs to keep; 0 keeps none
loglevel=info                 ; critical, error, warn, info, debug, trace, blather
pidfile=/tmp/supervisord.pid  ; pid file; default $CWD/supervisord.pid
nodaemon=false                ; true stays in the foreground
silent=false                  ; true: no log lines on stdout in the foreground
minfds=1024                   ; refuse to start with fewer free file descriptors
minprocs=200                  ; refuse to start with fewer free process slots
;umask=022                    ; umask of supervisord and, by default, its children
;user=nobody                  ; switch to this user after starting as root
;identifier=supervisor        ; name of this supervisord in RPC replies
;directory=/tmp               ; chdir here when daemonizing; default: stay put
;nocleanup=true               ; keep AUTO child log files at start; default false
;childlogdir=/tmp             ; where AUTO child logs go; default $TMPDIR or /tmp
;strip_ansi=false             ; true strips ANSI escapes from child logs
;environment=KEY="value"      ; added to every child's environment; default none
;plugin_dirs=plugins          ; searched for plugins first; relative to this file

; The XML-RPC interface supervisorctl and the web interface use. Keep this
; section: without it there is no supervisor.* RPC namespace.
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///tmp/supervisor.sock ; unix:///path or http://host:port
;username=chris               ; as in [unix_http_server] / [inet_http_server]
;password=123                 ; as in [unix_http_server] / [inet_http_server]
;prompt=mysupervisor          ; interactive prompt; default "supervisor"
;history_file=~/.sc_history   ; keep command history here; default none

; One [program:x] section per program to run. Only command is required.
;[program:theprogramname]
;command=/bin/cat              ; what to run; relative names are looked up in PATH
;process_name=%(program_name)s ; must contain %(process_num) when numprocs > 1
;numprocs=1                    ; run this many copies
;numprocs_start=0              ; first %(process_num)
;directory=/tmp                ; chdir here before exec; default: supervisord's
;umask=022                     ; child umask; default: supervisord's
;priority=999                  ; lower starts first and stops last
;autostart=true                ; start when supervisord starts
;startsecs=1                   ; must stay up this long to count as started
;startretries=3                ; failed starts before giving up (FATAL)
;autorestart=unexpected        ; true, false, or unexpected (exit code not listed)
;exitcodes=0                   ; expected exit codes, comma separated
;stopsignal=TERM               ; TERM, HUP, INT, QUIT, KILL, USR1, USR2, ...
;stopwaitsecs=10               ; wait this long after stopsignal before KILL
;stopasgroup=false             ; send stopsignal to the whole process group
;killasgroup=false             ; send KILL to the whole process group
;user=chrism                   ; run as this user (supervisord must be root)
;redirect_stderr=false         ; send stderr into the stdout log
;stdout_logfile=AUTO           ; a path, AUTO (in childlogdir) or NONE
;stdout_logfile_maxbytes=50MB  ; rotate at this size; 0 never rotates
;stdout_logfile_backups=10     ; rotated logs to keep; 0 keeps none
;stdout_capture_maxbytes=0     ; capture-mode buffer size; 0 disables capture
;stdout_events_enabled=false   ; emit PROCESS_LOG_STDOUT events
;stdout_syslog=false           ; also send stdout to syslog
;stderr_logfile=AUTO           ; a path, AUTO (in childlogdir) or NONE
;stderr_logfile_maxbytes=50MB  ; rotate at this size; 0 never rotates
;stderr_logfile_backups=10     ; rotated logs to keep; 0 keeps none
;stderr_capture_maxbytes=0     ; capture-mode buffer size; 0 disables capture
;stderr_events_enabled=false   ; emit PROCESS_LOG_STDERR events
;stderr_syslog=false           ; also send stderr to syslog
;environment=A="1",B="2"       ; added to (and overriding) the inherited environment
;serverurl=AUTO                ; SUPERVISOR_SERVER_URL for the child; AUTO = ours

; An event listener pool: every [program:x] key, plus the three below.
; redirect_stderr is not allowed (it would corrupt the listener protocol).
;[eventlistener:theeventlistenername]
;command=/bin/eventlistener    ; the listener program
;events=EVENT                  ; event types to receive, comma separated (required)
;buffer_size=10                ; events queued for the pool before the oldest drops
;result_handler=supervisor.dispatchers:default_handler ; how listener replies are read
;priority=-1                   ; listeners start first and stop last by default
;process_name=%(program_name)s_%(process_num)02d
;numprocs=1

; A FastCGI program: supervisord opens the socket and hands it to every
; process on file descriptor 0. Every [program:x] key, plus the four below.
;[fcgi-program:thefcgiprogramname]
;command=/usr/bin/php-cgi      ; the FastCGI program
;socket=unix:///tmp/%(program_name)s.sock ; or tcp://host:port (required)
;socket_owner=chrism           ; owner[:group] of a unix socket; default: user=
;socket_mode=0700              ; permission bits of a unix socket
;socket_backlog=128            ; listen() backlog, 1..65535; default: the system's
;process_name=%(program_name)s_%(process_num)02d
;numprocs=5

; A group of programs managed together as group:name.
;[group:thegroupname]
;programs=progname1,progname2  ; [program:x] or [fcgi-program:x] names
;priority=999                  ; lower starts first and stops last

; A plugin this daemon loads (supervisor-cpp): its keys go to the plugin.
;[plugin:myplugin]
;path=/usr/lib/supervisor-cpp/plugins/myplugin.so

; More files to read after this one: space-separated globs, relative to the
; directory of this file. Sections in them merge with the ones here.
;[include]
;files=relative/directory/*.ini
)SAMPLE";
}

}  // namespace sup::config
