package names

import (
	"strings"
	"sync"
)

// Key is a pure function of its word, and an article names the same few
// people and places over and over (every capitalised token of an article
// is keyed when its quotes are attributed): a bounded memo of the keys
// already built saves the romanising, folding and replacing for most
// calls. It gives exactly what the steps give.

// keyMemoMax bounds the memo (about 100 bytes an entry): once full it keeps
// what it has, the frequent names being in it by then.
const keyMemoMax = 1 << 14

// keyMemoLen is the longest word the memo keeps: names are short, and a
// long run of letters is no name worth keeping.
const keyMemoLen = 64

type keyMemo struct {
	mu sync.RWMutex
	m  map[string]string
}

var keyCache = keyMemo{m: make(map[string]string)}

func (km *keyMemo) get(word string) (string, bool) {
	if len(word) > keyMemoLen {
		return "", false
	}
	km.mu.RLock()
	k, ok := km.m[word]
	km.mu.RUnlock()
	return k, ok
}

// put remembers word's key k and returns k.
func (km *keyMemo) put(word, k string) string {
	if len(word) > keyMemoLen {
		return k
	}
	km.mu.Lock()
	if len(km.m) < keyMemoMax {
		// copies: the word is usually a slice of an article's text, which
		// the memo must not keep alive
		km.m[strings.Clone(word)] = strings.Clone(k)
	}
	km.mu.Unlock()
	return k
}
