package lexicon

import (
	"errors"
	"fmt"
	"io/fs"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
)

// scaleFile is one file of data/scales.
type scaleFile struct {
	Name    string `yaml:"name"`
	Title   string `yaml:"title"`
	Source  string `yaml:"source"`
	Default bool   `yaml:"default"` // the scale the languages' bands are written in
	Bands   []struct {
		Name string  `yaml:"name"`
		Low  float64 `yaml:"low"`
		High float64 `yaml:"high"`
		Mid  float64 `yaml:"mid"` // the point value; the middle of low and high if absent
	} `yaml:"bands"`
}

// loadScales reads every scale file in dir; a missing dir is no error here,
// but a set without a default scale is.
func loadScales(fsys fs.FS, dir string) (map[string]*kent.Scale, *kent.Scale, error) {
	out := map[string]*kent.Scale{}
	var def *kent.Scale
	err := eachYAML(fsys, dir, func(name, base string, raw []byte) error {
		sc, isDefault, err := ParseScale(name, raw)
		if err != nil {
			return err
		}
		if sc.Name != base {
			return fmt.Errorf("%s:1: scale name %q does not match the file name", name, sc.Name)
		}
		if isDefault {
			if def != nil {
				return fmt.Errorf("%s:1: a second default scale (%s is one)", name, def.Name)
			}
			def = sc
		}
		out[sc.Name] = sc
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	if def == nil {
		return nil, nil, fmt.Errorf("%s: no scale is marked default: true", dir)
	}
	return out, def, nil
}

// ParseScale decodes and checks one scale file; errors read file:line.
func ParseScale(name string, raw []byte) (*kent.Scale, bool, error) {
	var f scaleFile
	var root yaml.Node
	if err := decodeStrict(name, raw, &f, &root); err != nil {
		return nil, false, err
	}
	specs := make([]kent.BandSpec, len(f.Bands))
	for i, b := range f.Bands {
		specs[i] = kent.BandSpec{Name: b.Name, Low: b.Low, High: b.High, Mid: b.Mid}
	}
	sc, err := kent.NewScale(f.Name, f.Title, f.Source, specs)
	if err != nil {
		line := 1
		var se *kent.ScaleError
		if n := mappingValue(&root, "bands"); n != nil && errors.As(err, &se) {
			line = n.Line
			if se.Band >= 0 && se.Band < len(n.Content) {
				line = n.Content[se.Band].Line
			}
		}
		return nil, false, fmt.Errorf("%s:%d: %v", name, line, err)
	}
	return sc, f.Default, nil
}

// mappingValue returns the value node of key in the document's top mapping.
func mappingValue(root *yaml.Node, key string) *yaml.Node {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
